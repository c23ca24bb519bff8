import type { Quote } from '../output/types.js';
import { quotedSpans } from '../extractors/quotes/marks.js';
import { reportingSentences } from '../extractors/quotes/index.js';
import { quoteData } from '../extractors/quotes/data.js';
import { loadProfiles } from '../pipeline/dictionaries.js';
import type { Token } from '../pipeline/types.js';
import { processText } from './helpers.js';

/** kind | speaker (via) | text of each quote. */
function quotes(text: string): string[] {
  return processText(text).quotes.map((quote: Quote) => `${quote.kind} | ${quote.speaker ? `${quote.speaker.name} (${quote.speaker.via})` : 'none'} | ${quote.text}`);
}

describe('quotes: quotation marks', () => {
  it('pairs curly, straight, mixed and single marks, keeping nested quotes inside', () => {
    const text = '“Kami mendukung kebijakan “pintu terbuka” itu,” kata dia. "Ini benar”. ‘Jum’at’ tiba.';
    const spans = quotedSpans(text, { start: 0, end: text.length }).map((span) => text.slice(span.inner.start, span.inner.end));
    expect(spans).toEqual(['Kami mendukung kebijakan “pintu terbuka” itu,', 'Ini benar', 'Jum’at']);
  });

  it('leaves a quote open to the end of its paragraph when nothing closes it', () => {
    const text = '“Rusialah yang menjadi agresor. Rusialah yang bersalah.';
    expect(quotedSpans(text, { start: 0, end: text.length })).toEqual([{ open: 0, close: text.length, inner: { start: 1, end: text.length }, unclosed: true }]);
  });
});

describe('quotes: direct', () => {
  it('attributes "…," kata X and "…," X mengatakan to the named person', () => {
    expect(quotes('Menteri Keuangan Sri Mulyani hadir. “Defisit masih terkendali,” kata Sri Mulyani. "Penerimaan pajak naik," Sri Mulyani menambahkan.')).toEqual([
      'direct | Sri Mulyani (explicit) | Defisit masih terkendali,',
      'direct | Sri Mulyani (explicit) | Penerimaan pajak naik,',
    ]);
  });

  it('ends the speaker\'s name at "di": the place where it was said is not part of it', () => {
    expect(quotes('“Jangan terprovokasi,” kata Budiman di Istana Merdeka, Jakarta. Lelang berjalan lancar, kata Rahmat Waluyanto di Jakarta.')).toEqual([
      'direct | Budiman (explicit) | Jangan terprovokasi,',
      'indirect | Rahmat Waluyanto (explicit) | Lelang berjalan lancar',
    ]);
  });

  // Each text, and its quotes as kind | speaker (via) | text.
  it.each<[string, string[]]>([
    ['Kepala BPS Margo Yuwono di Jakarta, Senin, mengatakan inflasi masih terkendali.', ['indirect | Margo Yuwono (explicit) | inflasi masih terkendali.']],
    ['Budi Santoso, Senin (10/1/2022), mengatakan inflasi masih terkendali.', ['indirect | Budi Santoso (explicit) | inflasi masih terkendali.']],
    ['Budi Santoso saat ditemui di Jakarta mengatakan inflasi masih terkendali.', ['indirect | Budi Santoso (explicit) | inflasi masih terkendali.']],
    ['Direktur perseroan Susanto, dalam laporannya ke bursa, Senin, mengatakan, ekspor CPO turun tajam.', ['indirect | Susanto (explicit) | ekspor CPO turun tajam.']],
    ['Budi Santoso di Gedung Sate, Bandung, Senin, mengatakan harga beras naik tajam.', ['indirect | Budi Santoso (explicit) | harga beras naik tajam.']],
    // The place it was said in is no speaker: a subject without a name stays unnamed.
    ['Polisi di Surabaya mengatakan pelaku sudah ditangkap kemarin.', ['indirect | none | pelaku sudah ditangkap kemarin.']],
    // An aside that no comma closes is a clause of its own, whose verb has its own subject.
    ['Warga menunggu lama, sebelum Dewan Kota memutuskan rapat ditunda dan mengumumkan jadwal baru.', []],
    // Appositions after the person who opens the sentence (a role, a place, a relative clause): the place after the last comma is no speaker.
    ['Budi Santoso, warga Kampung Melayu, mengatakan air mulai surut sejak pagi.', ['indirect | Budi Santoso (explicit) | air mulai surut sejak pagi.']],
    ['Slamet (52), pedagang di Pasar Senen, Jakarta Pusat, mengatakan bahwa harga cabai naik.', ['indirect | Slamet (explicit) | harga cabai naik.']],
    ['Budi Santoso, yang tinggal di Tangerang, Banten, mengatakan bahwa air mulai surut.', ['indirect | Budi Santoso (explicit) | air mulai surut.']],
    // One word names someone before an apposition that says what the person is.
    ['Slamet, warga Desa Sukamaju, mengatakan rumahnya terendam banjir sejak pagi.', ['indirect | Slamet (explicit) | rumahnya terendam banjir sejak pagi.']],
    ['Meski begitu, Pertamina, melalui juru bicaranya, mengatakan stok solar masih aman.', ['indirect | Pertamina (explicit) | stok solar masih aman.']],
    // A person after a verb is its object: the clause after the comma has its own subject.
    ['Menanggapi pernyataan Budi Santoso, Pemerintah Provinsi Banten mengatakan bahwa air mulai surut.', ['indirect | Pemerintah Provinsi Banten (explicit) | air mulai surut.']],
  ])('leaves when, where and how it was said out of the speaker: %s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  // What a pronoun or a role phrase that points back stands for: [what the case shows, text, quotes].
  it.each<[string, string, string[]]>([
    [
      '"ujarnya": the person the paragraph brought in as a subject since the last quote',
      'Kapolres Kombes Hengki mengatakan pelaku sudah ditangkap.\n\nSalah seorang korban, Rina (34), kehilangan motornya. “Saya kaget,” ujarnya.',
      ['indirect | Hengki (explicit) | pelaku sudah ditangkap.', 'direct | Rina (pronoun) | Saya kaget,'],
    ],
    [
      '"katanya": the person the paragraph before brought in, after an honorific written without its full stop',
      'Ketua RT Ujang Suryana (52) mengatakan jalan itu rusak parah.\n\n“Sudah sering kami laporkan,” ungkapnya.\n\nSementara itu, Kepala Desa Sukamaju, H Ahmad Syarifudin, saat dikonfirmasi membenarkan kondisi tersebut.\n\n“Insyaallah tahun depan sudah masuk anggaran,” katanya.',
      [
        'indirect | Ujang Suryana (explicit) | jalan itu rusak parah.',
        'direct | Ujang Suryana (pronoun) | Sudah sering kami laporkan,',
        'direct | Ahmad Syarifudin (pronoun) | Insyaallah tahun depan sudah masuk anggaran,',
      ],
    ],
    [
      '"Dia menegaskan": a minister brought in as a subject; "Menteri" is a title, not a verb before the subject',
      'Netty Prasetiyani Aher menilai pembahasan RUU itu terburu-buru.\n\nMenteri Kesehatan Budi Gunadi Sadikin hadir di DPR. Dia menegaskan, layanan kesehatan primer akan diperkuat.',
      ['indirect | Netty Prasetiyani Aher (explicit) | pembahasan RUU itu terburu-buru.', 'indirect | Budi Gunadi Sadikin (pronoun) | layanan kesehatan primer akan diperkuat.'],
    ],
    [
      '"ujarnya": not a person the speaker only talks about',
      'Budi Santoso mengatakan harga beras naik.\n\nIa juga menyinggung peran Presiden Joko Widodo. “Kebijakan ini sangat membantu,” ujarnya.',
      ['indirect | Budi Santoso (explicit) | harga beras naik.', 'direct | Budi Santoso (pronoun) | Kebijakan ini sangat membantu,'],
    ],
    [
      '"ujarnya": not a person after a verb, whoever the sentence\'s subject',
      'Budi Santoso mengatakan harga beras naik.\n\nPemerintah juga menyinggung peran Presiden Joko Widodo. “Kebijakan ini sangat membantu,” ujarnya.',
      ['indirect | Budi Santoso (explicit) | harga beras naik.', 'direct | Budi Santoso (pronoun) | Kebijakan ini sangat membantu,'],
    ],
    [
      '"politikus Partai Golkar itu", no one\'s role: the last speaker',
      'Anggota Komisi I DPR Christina Aryani menilai, pemerintah harus tegas. “Jangan ragu,” tambah politikus Partai Golkar itu.',
      ['indirect | Christina Aryani (explicit) | pemerintah harus tegas.', 'direct | Christina Aryani (role) | Jangan ragu,'],
    ],
    [
      '"politikus PKS itu": the person the paragraph before brought in after an opening phrase, not the last speaker',
      'Direktur Utama PT Sinar Abadi Jaya Tondi Siregar mengatakan harga tidak berubah.\n\nMenanggapi hal itu, anggota Komisi VII DPR Mulyanto meminta pemerintah memperketat pengawasan.\n\n“Jangan sampai langka,” tegas politikus PKS itu.',
      ['indirect | Tondi Siregar (explicit) | harga tidak berubah.', 'direct | Mulyanto (role) | Jangan sampai langka,'],
    ],
    [
      '"pria berusia 48 tahun itu": a person\'s noun that points back, before an aside with a place that is no speaker',
      'Berawal dari gerobak, Slamet Riyadi kini memiliki 20 cabang.\n\n"Dulu saya keliling kampung," kata pria berusia 48 tahun itu saat ditemui di warungnya di kawasan Kotagede.',
      ['direct | Slamet Riyadi (role) | Dulu saya keliling kampung,'],
    ],
    [
      '"Menurut dia": the person the sentence before brings in after a long role of his own, set off by commas',
      'Pemerintah, kata Budi, juga menyiapkan anggaran tambahan.\n\nAnggota Komisi IX DPR dari Fraksi PDI-P, Rahmad Handoyo, meminta pemerintah memperhatikan ketersediaan tempat tidur. Menurut dia, banyak pasien dirawat di lorong.',
      ['indirect | Budi (explicit) | juga menyiapkan anggaran tambahan.', 'indirect | Rahmad Handoyo (pronoun) | banyak pasien dirawat di lorong.'],
    ],
    [
      '"Menurutnya": the person the paragraph before brought in after an opening phrase and a title with its bracket',
      'Direktur Utama PT Sinar Abadi Jaya Tondi Siregar mengatakan harga tidak berubah.\n\nSementara itu, Ketua Pengurus Harian Yayasan Lembaga Konsumen Indonesia (YLKI), Tulus Abadi meminta pemerintah bertindak.\n\nMenurutnya, konsumen di desa paling terdampak.',
      ['indirect | Tondi Siregar (explicit) | harga tidak berubah.', 'indirect | Tulus Abadi (pronoun) | konsumen di desa paling terdampak.'],
    ],
    [
      '"pemain asal Amerika itu": a person, never the organisation that spoke last',
      'Kementerian Kesehatan menyatakan, stok vaksin cukup untuk tiga bulan. “Kami senang,” ujar pemain asal Amerika itu.',
      ['indirect | Kementerian Kesehatan (explicit) | stok vaksin cukup untuk tiga bulan.', 'direct | none | Kami senang,'],
    ],
  ])('resolves %s', (_case, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('starts a report that opens the first sentence after the dateline', () => {
    expect(quotes('JAKARTA, KOMPAS.com - Pemerintah akan menaikkan harga BBM bulan depan, kata Menteri ESDM Arifin Tasrif.')).toEqual([
      'indirect | Arifin Tasrif (explicit) | Pemerintah akan menaikkan harga BBM bulan depan',
    ]);
  });

  it('does not take the outlet of the dateline for the subject of the first sentence', () => {
    expect(quotes('JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mencatat inflasi Januari sebesar 0,56 persen secara bulanan.')).toEqual([
      'indirect | Badan Pusat Statistik (explicit) | inflasi Januari sebesar 0,56 persen secara bulanan.',
    ]);
  });

  it('attributes X mengatakan: "…" to the name before the verb', () => {
    expect(quotes('Tepat sebelum rapat, juru bicara KPK Ali Fikri mengatakan: “Tersangka akan diperiksa besok.”')).toEqual([
      'direct | Ali Fikri (explicit) | Tersangka akan diperiksa besok.',
    ]);
  });

  it('does not take a speech-verb word inside a name for the verb (machine-translated names)', () => {
    expect(quotes('Menteri Ujang Kata Wijaya hadir. “Kami siap membantu,” Ujang Kata Wijaya mengatakan.')).toEqual([
      'direct | Ujang Kata Wijaya (explicit) | Kami siap membantu,',
    ]);
  });

  it('finds the name after a title and a comma in the attribution', () => {
    expect(quotes('"Kami siap menghadapi laga itu," kata Pelatih Persib, Bojan Hodak seperti dikutip dari Antara.')).toEqual([
      'direct | Bojan Hodak (explicit) | Kami siap menghadapi laga itu,',
    ]);
  });

  it('resolves katanya to the last speaker, and a quote interrupted by its attribution gives two quotes', () => {
    expect(quotes('Gubernur Ridwan Kamil meninjau banjir. "Air sudah surut," katanya. "Warga boleh pulang."')).toEqual([
      'direct | Ridwan Kamil (pronoun) | Air sudah surut,',
      'direct | Ridwan Kamil (previous) | Warga boleh pulang.',
    ]);
  });

  it('joins a quote that runs over paragraphs into one', () => {
    expect(quotes('Kapolri Listyo Sigit mengatakan: “Kami akan menindak tegas.\n\n“Tidak ada toleransi bagi pelaku.”')).toEqual([
      'direct | Listyo Sigit (explicit) | Kami akan menindak tegas. Tidak ada toleransi bagi pelaku.',
    ]);
  });

  it('resolves a role phrase to the person who holds that role', () => {
    expect(quotes('Juru bicara Kemenkes Siti Nadia Tarmizi hadir. Setelah rapat, juru bicara Kemenkes mengatakan: “Vaksin tersedia cukup.”')).toEqual([
      'direct | Siti Nadia Tarmizi (role) | Vaksin tersedia cukup.',
    ]);
  });

  it('keeps a quote whose speaker the article does not give unattributed', () => {
    expect(quotes('“Harga beras naik lagi minggu ini di pasar,” tulis sebuah spanduk.')).toEqual([
      'direct | none | Harga beras naik lagi minggu ini di pasar,',
    ]);
  });

  it('reads two words before a cue set off by commas as the report\'s subject, a connective as none', () => {
    expect(quotes('Presiden Prabowo Subianto hadir. Penghematan tersebut, kata dia, akan dialihkan untuk program makan gratis.')).toEqual([
      'indirect | Prabowo Subianto (pronoun) | Penghematan tersebut akan dialihkan untuk program makan gratis.',
    ]);
    expect(quotes('Presiden Prabowo Subianto hadir. Selain itu, kata dia, pemerintah akan memangkas anggaran.')).toEqual([
      'indirect | Prabowo Subianto (pronoun) | pemerintah akan memangkas anggaran.',
    ]);
  });

  it('reads a statement\'s closing formula ("demikian pernyataan IDF") as naming its author', () => {
    expect(quotes('Militer Israel (IDF) mengklaim serangan itu menargetkan komandan Hamas. "Kami sedang meninjau insiden tersebut," demikian pernyataan IDF.')).toEqual([
      'indirect | Militer Israel (explicit) | serangan itu menargetkan komandan Hamas.',
      'direct | Militer Israel (explicit) | Kami sedang meninjau insiden tersebut,',
    ]);
  });

  it('reads a person noun with a place that points back ("warga Cianjur itu") as the person named before, not the place', () => {
    expect(quotes('Salah seorang penumpang, Dedi (41), mengaku mendengar suara keras. "Tiba-tiba bus oleng, terus terbalik," ucap warga Cianjur itu.')).toEqual([
      'direct | Dedi (role) | Tiba-tiba bus oleng, terus terbalik,',
    ]);
  });

  it('gives a speaker phrase that names no one after the verb no speaker, not the person named before', () => {
    expect(quotes('Menteri Luar Negeri Sugiono tiba di Beijing pada Senin. "Pertemuan itu berlangsung tertutup," kata seorang pejabat kementerian.')).toEqual([
      'direct | none | Pertemuan itu berlangsung tertutup,',
    ]);
    // Read up to the relative clause: 'itu' closes the clause, it does not point back to a named source.
    expect(quotes('Pembicaraan akan dilanjutkan pekan depan, kata sejumlah sumber yang mengetahui perundingan itu.')).toEqual([
      'indirect | none | Pembicaraan akan dilanjutkan pekan depan',
    ]);
    expect(quotes('Sejumlah warga mengatakan air mulai naik sejak pagi.')).toEqual(['indirect | none | air mulai naik sejak pagi.']);
    // One that points back is the person the article named.
    expect(quotes('Salah seorang warga, Siti Aminah (47), mengatakan air masuk ke rumahnya. "Barang-barang sudah kami naikkan," kata warga itu.')).toEqual([
      'indirect | Siti Aminah (explicit) | air masuk ke rumahnya.',
      'direct | Siti Aminah (role) | Barang-barang sudah kami naikkan,',
    ]);
  });

  it('reads no report in an object after "menyatakan" ("menyatakan dukungan kepada …"), and a clause after it as one', () => {
    expect(quotes('Presiden Ukraina Volodymyr Zelensky menyatakan Ukraina tetap membutuhkan perdamaian. Kanselir Jerman Olaf Scholz menyatakan dukungan kepada Zelensky.')).toEqual([
      'indirect | Volodymyr Zelensky (explicit) | Ukraina tetap membutuhkan perdamaian.',
    ]);
  });

  it('gives a quote with no cue after an unnamed speaker\'s report no speaker, not the person quoted before', () => {
    // The bare quote was Retno Marsudi's (the last named speaker): it goes on from the unnamed official.
    expect(quotes('Menteri Luar Negeri Retno Marsudi hadir. “Kami tidak akan mundur,” ujarnya. “Harga bisa naik,” tanpa batas yang diusulkan, ujar salah satu pejabat Uni Eropa. “Itu tidak adil.”')).toEqual([
      'direct | Retno Marsudi (pronoun) | Kami tidak akan mundur,',
      'indirect | none | “Harga bisa naik,” tanpa batas yang diusulkan',
      'direct | none | Harga bisa naik,',
      'direct | none | Itu tidak adil.',
    ]);
  });
});

describe('quotes: partial and not quotes', () => {
  it('reads a quoted fragment after a speech verb as a partial quote of the sentence speaker', () => {
    expect(quotes('Menteri Retno Marsudi menuduh pihak lawan berusaha untuk "mengacaukan kawasan" dan "memecah belah".')).toEqual([
      'partial | Retno Marsudi (explicit) | mengacaukan kawasan',
      'partial | Retno Marsudi (explicit) | memecah belah',
    ]);
    // A reported clause that holds partial quotes gives both.
    expect(quotes('Menteri Retno Marsudi menuduh bahwa pihak lawan berusaha untuk "mengacaukan kawasan".')).toEqual([
      'indirect | Retno Marsudi (explicit) | pihak lawan berusaha untuk "mengacaukan kawasan".',
      'partial | Retno Marsudi (explicit) | mengacaukan kawasan',
    ]);
  });

  it('does not take scare quotes, terms or headings for quotes', () => {
    expect(quotes('Pemerintah membela kebijakan "pintu terbuka" itu.\n\n‘Momen Kebenaran’\n\nMerek China "Serbu" Indonesia')).toEqual([]);
    // A quoted name after a naming word, in a report that has a speaker.
    expect(quotes('Komando Teater Timur mengatakan latihan bersandi "Joint Sword-2024B" itu merupakan "peringatan keras" bagi separatis.')).toEqual([
      'indirect | Komando Teater Timur (explicit) | latihan bersandi "Joint Sword-2024B" itu merupakan "peringatan keras" bagi separatis.',
      'partial | Komando Teater Timur (explicit) | peringatan keras',
    ]);
  });
});

describe('quotes: indirect', () => {
  it('gives a quote by "the company" or "perusahaan tersebut" to the organisation the article names', () => {
    expect(quotes('PT Garuda Indonesia (Persero) Tbk mencatat kerugian besar. Perseroan menyatakan akan melakukan restrukturisasi utang.')).toEqual([
      'indirect | PT Garuda Indonesia (role) | akan melakukan restrukturisasi utang.',
    ]);
    // Of two organisations, the one whose name holds the noun.
    expect(quotes('Laba Bank Mandiri naik, sementara Telkom merugi. Bank tersebut mengatakan kredit tumbuh 10 persen.')).toEqual([
      'indirect | Bank Mandiri (role) | kredit tumbuh 10 persen.',
    ]);
    const malay = processText('Syarikat Maju Jaya Berhad menutup kilangnya. Syarikat itu berkata semua pekerja akan dibayar pampasan.', { language: 'ms' });
    expect(malay.quotes.map((quote) => `${quote.speaker?.name} | ${quote.text}`)).toEqual(['Syarikat Maju Jaya Berhad | semua pekerja akan dibayar pampasan.']);
  });

  it('reads X mengatakan bahwa …, X mengatakan, …, and a saying verb with its clause', () => {
    expect(quotes('Kepala BMKG Dwikorita Karnawati mengatakan bahwa hujan akan turun sepanjang pekan. Dwikorita menuturkan, warga perlu waspada terhadap banjir. Dwikorita menegaskan BMKG terus memantau cuaca.')).toEqual([
      'indirect | Dwikorita Karnawati (explicit) | hujan akan turun sepanjang pekan.',
      'indirect | Dwikorita Karnawati (explicit) | warga perlu waspada terhadap banjir.',
      'indirect | Dwikorita Karnawati (explicit) | BMKG terus memantau cuaca.',
    ]);
  });

  it('reads no report where a verb that also takes an object has a noun phrase after it, not a clause', () => {
    expect(quotes('Menteri Keuangan Sri Mulyani menyampaikan terima kasih kepada para pembayar pajak. Gubernur Ganjar Pranowo mengungkapkan rasa duka yang mendalam atas musibah itu.')).toEqual([]);
    expect(quotes('Direktur Utama Pertamina Nicke Widyawati menjelaskan rencana perusahaan untuk membangun kilang baru.')).toEqual([]);
    // The same verbs with a clause after them report it: a verb ('diduga', 'berjumlah'), a modal, or a subject pronoun.
    expect(quotes('Wakil Ketua KPK Johanis Tanak mengungkapkan Erik diduga menerima suap. Kapolri Listyo Sigit Prabowo menyebut pelaku berjumlah tiga orang. Listyo mengakui dirinya kecewa dengan hasil itu.')).toEqual([
      'indirect | Johanis Tanak (explicit) | Erik diduga menerima suap.',
      'indirect | Listyo Sigit Prabowo (explicit) | pelaku berjumlah tiga orang.',
      'indirect | Listyo Sigit Prabowo (explicit) | dirinya kecewa dengan hasil itu.',
    ]);
  });

  it('reads "bahwa" after a predicate as part of the report, not as the verb\'s complementizer', () => {
    expect(quotes('Budi Santoso mengatakan warga belum yakin bahwa harga beras akan turun tahun ini.')).toEqual([
      'indirect | Budi Santoso (explicit) | warga belum yakin bahwa harga beras akan turun tahun ini.',
    ]);
    // An addressee and the day between the verb and "bahwa" hold no predicate.
    expect(quotes('Budi Santoso mengatakan kepada wartawan, Rabu, bahwa harga beras naik tajam tahun ini.')).toEqual([
      'indirect | Budi Santoso (explicit) | harga beras naik tajam tahun ini.',
    ]);
  });

  it('reads no report where the speech verb is asked for or intended, not done', () => {
    expect(quotes('Presiden Joko Widodo meminta jajarannya menjelaskan kepada masyarakat alasan kenaikan harga BBM. Budi Santoso menolak untuk mengatakan siapa pelaku pembunuhan di rumah itu.')).toEqual([]);
    // A request verb joined to the speech verb by "dan" is a verb of its own: the report stands.
    expect(quotes('Budi Santoso meminta maaf dan mengatakan bahwa harga naik tajam tahun ini.')).toEqual(['indirect | Budi Santoso (explicit) | harga naik tajam tahun ini.']);
  });

  it('reads Menurut X, …, Menurutnya, …, and a cue at the end or in the middle of the sentence', () => {
    expect(quotes('Ekonom Faisal Basri hadir. Menurut Faisal Basri, inflasi akan terkendali. Menurutnya, harga pangan tetap stabil. Ekspor naik tajam tahun ini, kata Faisal. Namun, kata dia, impor juga meningkat pesat.')).toEqual([
      'indirect | Faisal Basri (explicit) | inflasi akan terkendali.',
      'indirect | Faisal Basri (pronoun) | harga pangan tetap stabil.',
      'indirect | Faisal Basri (explicit) | Ekspor naik tajam tahun ini',
      'indirect | Faisal Basri (pronoun) | impor juga meningkat pesat.',
    ]);
  });

  it('gives "Menurut" and a source without a name no speaker, not the person of the sentence before', () => {
    expect(quotes('Andi Meriem pernah menikah dengan Bambang Hertasning. Menurut tradisi, bangsa Saxon pertama kali memasuki Britania bersama-sama.')).toEqual([
      'indirect | none | bangsa Saxon pertama kali memasuki Britania bersama-sama.',
    ]);
  });

  it('reads a cue whose title and comma lead to a name that ends the sentence as the final cue', () => {
    expect(quotes('Inflasi Januari masih terkendali, kata Kepala Badan Pusat Statistik, Margo Yuwono.')).toEqual([
      'indirect | Margo Yuwono (explicit) | Inflasi Januari masih terkendali',
    ]);
    const malay = processText('Keadaan banjir semakin buruk, kata Ketua Polis Daerah Kuantan, Supt Wan Mohd Zahari Wan Busu.', { language: 'ms' });
    expect(malay.quotes.map((quote) => `${quote.speaker?.name} | ${quote.text}`)).toEqual(['Wan Mohd Zahari Wan Busu | Keadaan banjir semakin buruk']);
    // A clause after the second comma is the report's: the cue stands in the middle.
    expect(quotes('Rusia harus mundur, kata Stoltenberg, karena ancaman itu nyata.')).toEqual(['indirect | Stoltenberg (explicit) | Rusia harus mundur karena ancaman itu nyata.']);
  });

  it('reads a speech verb however it is written: inside a hyphenated word, in capitals', () => {
    expect(quotes('Harga beras stabil. Menteri Keuangan Sri Mulyani berkata-kata bahwa harga beras akan turun bulan depan. Impor beras naik tajam, KATA Sri Mulyani.')).toEqual([
      'indirect | Sri Mulyani (explicit) | harga beras akan turun bulan depan.',
      'indirect | Sri Mulyani (explicit) | Impor beras naik tajam',
    ]);
  });

  it('reads for reported speech only the sentences with a cue word as a whole run of letters', () => {
    const data = quoteData(loadProfiles({}).get('id'));
    const token = (text: string, start: number, end: number): Token => ({ start, end, kind: 'word', text: text.slice(start, end), lower: text.slice(start, end).toLowerCase() });
    const text = 'Harga naik. Ia mengatakan-nya. Ia mengata kan.';
    const tokens = [[0, 5], [6, 10], [10, 11], [12, 14], [15, 25], [25, 26], [26, 29], [29, 30], [31, 33], [34, 41], [42, 45], [45, 46]].map(([start, end]) => token(text, start!, end!));
    const sentences = [{ start: 0, end: 11 }, { start: 12, end: 30 }, { start: 31, end: 46 }];
    expect(reportingSentences({ text, tokens, sentences }, data)).toEqual([false, true, false]);
    // A run of letters split between two tokens ('mengata' + 'kan' with nothing between) may hide a cue: read.
    const joined = 'Ia mengatakan.';
    expect(reportingSentences({ text: joined, tokens: [token(joined, 0, 2), token(joined, 3, 10), token(joined, 10, 13), token(joined, 13, 14)], sentences: [{ start: 0, end: 14 }] }, data)).toEqual([true]);
  });

  it('goes on with the same speaker after an attribution ("katanya, menambahkan bahwa …")', () => {
    expect(quotes('Pelatih Bojan Hodak memimpin latihan. "Kami siap," katanya, menambahkan bahwa tim sudah berlatih keras.')).toEqual([
      'direct | Bojan Hodak (pronoun) | Kami siap,',
      'indirect | Bojan Hodak (pronoun) | tim sudah berlatih keras.',
    ]);
  });

  it('gives a clause without a subject of its own ("…, dengan mengatakan …") the sentence subject', () => {
    expect(quotes('Presiden Joko Widodo menolak usulan itu, dengan mengatakan anggaran negara sedang terbatas.')).toEqual([
      'indirect | Joko Widodo (explicit) | anggaran negara sedang terbatas.',
    ]);
  });

  it('treats a news agency named as the channel as a source, not a speaker', () => {
    expect(quotes('Perdana Menteri Anwar Ibrahim mengatakan, kerja sama akan diperluas, menurut kantor berita Bernama.')).toEqual([
      'indirect | Anwar Ibrahim (explicit) | kerja sama akan diperluas',
    ]);
  });

  it('gives the quotes before "Hal itu disampaikan X" that name no speaker to X, and a pronoun after it to X', () => {
    const text = 'Kepala BNPB Suharyanto meminta warga mengungsi. "Pemerintah sudah menyiapkan hunian sementara," kata Suharyanto.\n\n'
      + '"Erupsi masih terus terjadi dengan tinggi kolom abu mencapai 8 kilometer."\n\n'
      + 'Hal itu disampaikan Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Hadi Wijaya dalam konferensi pers.\n\n'
      + 'Ia menjelaskan bahwa status gunung itu masih berada di level tertinggi.';
    expect(quotes(text)).toEqual([
      'direct | Suharyanto (explicit) | Pemerintah sudah menyiapkan hunian sementara,',
      'direct | Hadi Wijaya (explicit) | Erupsi masih terus terjadi dengan tinggi kolom abu mencapai 8 kilometer.',
      'indirect | Hadi Wijaya (pronoun) | status gunung itu masih berada di level tertinggi.',
    ]);
    expect(processText(text).quotes[1]!.cue?.text).toBe('Hal itu disampaikan');
    // Not where the phrase after the verb is none of a name or a title: who is named later need not have said it.
    expect(quotes('"Erupsi masih terus terjadi di gunung itu." Hal itu disampaikan dalam rapat bersama Presiden Joko Widodo.')).toEqual([
      'direct | none | Erupsi masih terus terjadi di gunung itu.',
    ]);
  });

  it('gives every quote a confidence: explicit above pronoun above previous', () => {
    const record = processText('Menteri Basuki Hadimuljono hadir. "Jalan tol selesai," kata Basuki. "Kami bangga," katanya. "Semua bekerja keras."');
    expect(record.quotes.map((quote) => [quote.speaker?.via, quote.confidence])).toEqual([['explicit', 0.9], ['pronoun', 0.8], ['previous', 0.65]]);
    expect(record.quotes[0]!.cue?.text).toBe('kata');
  });
});
