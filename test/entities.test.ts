import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityKey } from '../extractors/entities/index.js';
import { readEvalFile } from '../pipeline/evaluation/gold.js';
import { evaluate } from '../pipeline/evaluation/metrics.js';
import { toEvalArticle } from '../pipeline/evaluation/gold.js';
import { readInputs } from '../pipeline/inputs.js';
import type { Entity } from '../output/types.js';
import { article, pipeline, processText, ROOT, SEEDS_DIR } from './helpers.js';

/** type|name|aliases|role of each entity, for compact exact assertions. */
function summary(entities: Entity[]): string[] {
  return entities.map((entity) => `${entity.type}|${entity.name}|${entity.aliases.join(',')}${entity.role ? `|${entity.role}` : ''}`);
}

function entitiesOf(text: string, extra: Record<string, string> = {}): string[] {
  return summary(processText(text, extra).entities);
}

describe('entities: cues', () => {
  it('finds known places and organisations, with their exonyms and acronyms, as one entity each', () => {
    expect(entitiesOf('Delegasi Amerika Serikat tiba di Jenewa. Pejabat AS lalu bertolak ke Wina untuk rapat PBB.')).toEqual([
      'LOC|Amerika Serikat|Amerika Serikat,AS',
      'LOC|Jenewa|Jenewa',
      'LOC|Wina|Wina',
      'ORG|PBB|PBB',
    ]);
    // Foreign central banks that economic news cites.
    expect(entitiesOf('Rupiah melemah setelah The Federal Reserve (The Fed) menahan bunga. Kebijakan The Fed dan ECB dipantau.')).toEqual([
      'ORG|The Federal Reserve|The Federal Reserve,The Fed',
      'ORG|ECB|ECB',
    ]);
  });

  it('knows ministries by their short and their former names, and large companies (English)', () => {
    expect(entitiesOf('Depkeu memperkirakan ekonomi tumbuh, sementara Kemenpora menyiapkan atlet.')).toEqual([
      'ORG|Depkeu|Depkeu', 'ORG|Kemenpora|Kemenpora',
    ]);
    // "General" before a company's name is no military title.
    expect(entitiesOf('Advertisers including General Mills and Volkswagen have paused spending.', { language: 'en' })).toEqual([
      'ORG|General Mills|General Mills', 'ORG|Volkswagen|Volkswagen',
    ]);
  });

  it('reads no person in a plural title or in the words of a longer title (Malay)', () => {
    expect(entitiesOf('Baginda meneliti pandangan Raja-Raja Melayu.', { language: 'ms' })).toEqual([]);
    expect(entitiesOf('Istiadat itu disaksikan Timbalan Yang di-Pertuan Agong, Sultan Nazrin Muizzuddin Shah.', { language: 'ms' })).toEqual([
      'PERSON|Nazrin Muizzuddin Shah|Nazrin Muizzuddin Shah|Sultan',
    ]);
  });

  it('reads "Kerajaan" as a government in Malay', () => {
    expect(entitiesOf('Dia memohon peruntukan daripada Kerajaan Persekutuan dan Kerajaan Negeri Kelantan.', { language: 'ms' })).toEqual([
      'ORG|Kerajaan Persekutuan|Kerajaan Persekutuan', 'ORG|Kerajaan Negeri Kelantan|Kerajaan Negeri Kelantan',
    ]);
  });

  it('reads a name after a title, skipping portfolios and known names, and keeps the title as the role', () => {
    expect(entitiesOf('Menteri Keuangan Sri Mulyani Indrawati membuka acara itu.')).toEqual(['PERSON|Sri Mulyani Indrawati|Sri Mulyani Indrawati|Menteri Keuangan']);
    expect(entitiesOf('Kemarin juru bicara Kremlin Dmitry Peskov menolak berkomentar.')).toEqual([
      'ORG|Kremlin|Kremlin',
      'PERSON|Dmitry Peskov|Dmitry Peskov|juru bicara Kremlin',
    ]);
    expect(entitiesOf('Pelatih Timnas Indonesia Shin Tae-yong memimpin latihan.')).toEqual([
      'LOC|Indonesia|Indonesia',
      'PERSON|Shin Tae-yong|Shin Tae-yong|Pelatih Timnas Indonesia',
    ]);
  });

  // Each text, and its entities as type|name|aliases|role.
  it.each<[string, string[]]>([
    ['Kepala Badan Pusat Statistik (BPS) Margo Yuwono membuka acara itu.', ['ORG|Badan Pusat Statistik|Badan Pusat Statistik,BPS', 'PERSON|Margo Yuwono|Margo Yuwono|Kepala Badan Pusat Statistik']],
    ['Direktur Utama PT Pertamina (Persero) Nicke Widyawati membuka acara itu.', ['ORG|PT Pertamina|PT Pertamina', 'PERSON|Nicke Widyawati|Nicke Widyawati|Direktur Utama PT Pertamina']],
    // A company's legal form ends its name; the name follows it.
    ['Mantan Direktur Utama PT Timah Tbk Mochtar Riza Pahlevi Tabrani divonis. Saham PT Timah turun.', ['ORG|PT Timah Tbk|PT Timah Tbk,PT Timah', 'PERSON|Mochtar Riza Pahlevi Tabrani|Mochtar Riza Pahlevi Tabrani|Mantan Direktur Utama PT Timah Tbk']],
    ['Direktur Utama PT Bank Rakyat Indonesia (Persero) Tbk Sunarso membuka acara itu.', ['ORG|PT Bank Rakyat Indonesia|PT Bank Rakyat Indonesia', 'PERSON|Sunarso|Sunarso|Direktur Utama PT Bank Rakyat Indonesia Tbk']],
    ['Kepala Pusat Data dan Informasi BNPB Abdul Muhari membuka acara itu.', ['ORG|BNPB|BNPB', 'PERSON|Abdul Muhari|Abdul Muhari|Kepala Pusat Data dan Informasi BNPB']],
    // After the connector, a known institution whose name holds commas, then its bracket and the name.
    ['Kepala Pusat Gempa Bumi dan Tsunami Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Bambang Setiyo Prayitno membuka acara itu.', [
      'ORG|Badan Meteorologi, Klimatologi, dan Geofisika|Badan Meteorologi, Klimatologi, dan Geofisika,BMKG',
      'PERSON|Bambang Setiyo Prayitno|Bambang Setiyo Prayitno|Kepala Pusat Gempa Bumi dan Tsunami Badan Meteorologi, Klimatologi, dan Geofisika',
    ]],
    // A portfolio past "dan" up to its short form's bracket, then the regency and the name; the headed place ends with the known one.
    // The acronym, which a list knows for a ministry, is the short form of the name the article gives it.
    ['Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor Ajat Rochmat Jatnika mengatakan jalan diperbaiki.', [
      'ORG|Dinas Pekerjaan Umum dan Penataan Ruang|Dinas Pekerjaan Umum dan Penataan Ruang,PUPR',
      'LOC|Kabupaten Bogor|Kabupaten Bogor',
      'PERSON|Ajat Rochmat Jatnika|Ajat Rochmat Jatnika|Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bogor',
    ]],
    // A role noun and a place, then the name set off by a comma with an age in brackets.
    ['Seorang warga Cugenang, Dede Suherman (45), mengaku rumahnya ambruk.', ['PERSON|Dede Suherman|Dede Suherman|warga Cugenang']],
    // Javanese honours with initials ("R.A.", Raden Ayu) end no sentence and open the name.
    ['Sekretaris Perusahaan GoTo R.A. Koesoemohadiani membenarkan hal itu.', [
      'ORG|Perusahaan GoTo|Perusahaan GoTo', 'PERSON|Koesoemohadiani|Koesoemohadiani|Sekretaris Perusahaan GoTo; R.A.',
    ]],
    // A portfolio past "untuk" and "dan" up to a given name; lowercase words that describe a title, then the name set off by commas.
    ['Wakil Menteri Keuangan AS untuk Terorisme dan Intelijen Keuangan Brian Nelson mengatakan sanksi berlaku.', [
      'LOC|AS|AS', 'PERSON|Brian Nelson|Brian Nelson|Wakil Menteri Keuangan AS untuk Terorisme dan Intelijen Keuangan',
    ]],
    ['Juru bicara kementerian, Nasser Kanaani, menyebut sanksi itu ilegal.', ['PERSON|Nasser Kanaani|Nasser Kanaani|Juru bicara kementerian']],
    // An institution joined by "dari" to the next, then the name set off by commas; "dari" joins no organisation's name.
    ['Anggota Komisi IX DPR dari Fraksi PDI-P, Rahmad Handoyo, meminta pemerintah bertindak.', [
      'ORG|Komisi IX DPR|Komisi IX DPR', 'ORG|PDI-P|PDI-P', 'PERSON|Rahmad Handoyo|Rahmad Handoyo|Anggota Komisi IX DPR dari Fraksi PDI-P',
    ]],
    // Words that describe the title, its institution, then a name of one word set off by commas before a speech verb.
    ['Pelatih tunggal putra pelatnas PBSI, Irwansyah, mengatakan timnya siap.', ['PERSON|Irwansyah|Irwansyah|Pelatih tunggal putra pelatnas PBSI']],
    // Sports and forecasting titles.
    ['Ganda putri Indonesia Gregoria Mariska Tunjung terhenti di babak grup.', ['LOC|Indonesia|Indonesia', 'PERSON|Gregoria Mariska Tunjung|Gregoria Mariska Tunjung|Ganda putri Indonesia']],
    ['Prakirawan BMKG Stasiun Bandung, Yan Firdaus, meminta warga waspada.', ['ORG|BMKG|BMKG', 'LOC|Stasiun Bandung|Stasiun Bandung', 'PERSON|Yan Firdaus|Yan Firdaus|Prakirawan BMKG Stasiun Bandung']],
    // A rank after the institution's bracket is the title's too; military commands are organisations.
    ['Danjen Komando Pasukan Khusus (Kopassus) Mayjen Djon Afriandi membuka latihan itu.', [
      'ORG|Komando Pasukan Khusus|Komando Pasukan Khusus', 'PERSON|Djon Afriandi|Djon Afriandi|Danjen Komando Pasukan Khusus; Mayjen',
    ]],
    ['Kapolda Metro Jaya Irjen Fadil Imran membuka acara itu di Jakarta.', ['PERSON|Fadil Imran|Fadil Imran|Kapolda Metro Jaya; Irjen', 'LOC|Jakarta|Jakarta']],
    // A portfolio with "dan" in it is the title's, not the start of a name.
    ['Menteri Pemberdayaan Perempuan dan Perlindungan Anak Bintang Puspayoga membuka acara itu.', ['PERSON|Bintang Puspayoga|Bintang Puspayoga|Menteri Pemberdayaan Perempuan dan Perlindungan Anak']],
    // A lone abbreviation after a title is not a name.
    ['Sekolah itu dibuka berdasarkan Surat Keputusan Menteri Pendidikan dan Kebudayaan No. 70 tahun 1964.', []],
    // An institution the article names with its place elsewhere ("Persib Bandung") is the title's, not the person's first name.
    ['Persib Bandung menang atas Persija Jakarta. Pelatih Persib Luis Milla mengaku puas.', ['LOC|Bandung|Bandung', 'LOC|Jakarta|Jakarta', 'PERSON|Luis Milla|Luis Milla|Pelatih Persib']],
    // A role noun ("anggota", "warga") names someone only after a known institution or place.
    ['Anggota Komisi I DPR Christina Aryani membuka acara itu.', ['ORG|Komisi I DPR|Komisi I DPR', 'PERSON|Christina Aryani|Christina Aryani|Anggota Komisi I DPR']],
    ['Warga Jakarta Budi Santoso membuka acara itu.', ['LOC|Jakarta|Jakarta', 'PERSON|Budi Santoso|Budi Santoso|Warga Jakarta']],
    ['Polisi menangkap anggota Setia Bait Suci itu.', []],
    // A regency or city after a regional title is the title's (the gazetteer holds every kabupaten and kota).
    ['Bupati Langkat Terbit Rencana Perangin Angin ditahan KPK.', ['LOC|Langkat|Langkat', 'PERSON|Terbit Rencana Perangin Angin|Terbit Rencana Perangin Angin|Bupati Langkat', 'ORG|KPK|KPK']],
    // After a known name, the institution may go on by one word before a given name.
    ['Direktur Toba Pulp Firman Mulya Nauli membenarkan rencana itu.', ['LOC|Toba|Toba', 'PERSON|Firman Mulya Nauli|Firman Mulya Nauli|Direktur Toba Pulp']],
    // An institution named by a list, before its bracket or the person's name; not a list of people or institutions.
    ['Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Suharini Eliawati menyebut stok aman.', [
      'ORG|Dinas Ketahanan Pangan, Kelautan, dan Pertanian|Dinas Ketahanan Pangan, Kelautan, dan Pertanian,KPKP',
      'LOC|DKI Jakarta|DKI Jakarta',
      'PERSON|Suharini Eliawati|Suharini Eliawati|Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta',
    ]],
    ['Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwikorita Karnawati mengimbau warga.', [
      'ORG|Badan Meteorologi, Klimatologi, dan Geofisika|Badan Meteorologi, Klimatologi, dan Geofisika',
      'PERSON|Dwikorita Karnawati|Dwikorita Karnawati|Kepala Badan Meteorologi, Klimatologi, dan Geofisika',
    ]],
    ['Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim meresmikan program itu.', ['PERSON|Nadiem Makarim|Nadiem Makarim|Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi']],
    ['Kerja sama itu diteken Direktur Utama PT Bank Mandiri, Agus Martowardoyo dan Direktur Utama PT PKG Arifin Tasrif di Jakarta.', [
      'ORG|PT Bank Mandiri|PT Bank Mandiri',
      'PERSON|Agus Martowardoyo|Agus Martowardoyo|Direktur Utama PT Bank Mandiri',
      'ORG|PT PKG|PT PKG',
      'PERSON|Arifin Tasrif|Arifin Tasrif|Direktur Utama PT PKG',
      'LOC|Jakarta|Jakarta',
    ]],
    // A role noun before a speech verb's subject opens no name of its own.
    ['Anggota Komisi VII dari Fraksi PKS Mulyanto menilai pemerintah keliru.', ['ORG|Komisi VII|Komisi VII', 'ORG|PKS|PKS', 'PERSON|Mulyanto|Mulyanto|Anggota Komisi VII dari Fraksi PKS']],
    // A description before a one-word name set off by commas says what the person is: the name and its role.
    ['Istri korban, Nurhayati, mengaku terpukul atas kejadian tersebut.', ['PERSON|Nurhayati|Nurhayati|Istri korban']],
    // Before a name of two words too, and a title before the title ('kuasa hukum tersangka').
    ['Istri korban, Siti Nurhaliza, berharap para pelaku dihukum berat.', ['PERSON|Siti Nurhaliza|Siti Nurhaliza|Istri korban']],
    ['Kuasa hukum tersangka, Budi Santoso, membantah tuduhan itu.', ['PERSON|Budi Santoso|Budi Santoso|Kuasa hukum tersangka']],
    // Inside a sentence, a run of its own that opens with a given name is a person, with no other cue; not inside an institution's name.
    ['Gol dicetak oleh Dimas Drajad pada menit ke-30.', ['PERSON|Dimas Drajad|Dimas Drajad']],
    // International given names come from compromise's lexicon; after "di" or "ke" the run is a place, whatever its first word.
    ['Gol Bahrain dilesakkan Mohamed Marhoon, sedangkan Rafael Struick membalas.', ['LOC|Bahrain|Bahrain', 'PERSON|Mohamed Marhoon|Mohamed Marhoon', 'PERSON|Rafael Struick|Rafael Struick']],
    ['Ia bertanding melawan Benoît Paire di Monte Carlo pada bulan April.', ['LOC|Monte Carlo|Monte Carlo']],
    // A given name that is also a word of the language opens no person's name ("Dana").
    ['Indonesia meminjam dari Dana Moneter Global tahun lalu.', ['LOC|Indonesia|Indonesia', 'LOC|Dana Moneter Global|Dana Moneter Global']],
    // An age set off by commas after a name inside the sentence, as Malay and English news write it.
    ['Hukuman dijatuhkan ke atas Lim Chee Keong, 45, yang mengaku bersalah.', ['PERSON|Lim Chee Keong|Lim Chee Keong']],
    ['Dua gol dicetak oleh Egy Maulana Vikri dan Ramadhan Sananta pada babak kedua.', ['PERSON|Egy Maulana Vikri|Egy Maulana Vikri', 'PERSON|Ramadhan Sananta|Ramadhan Sananta']],
    ['Mahasiswa Universitas Budi Luhur berdemo di depan kampus.', ['ORG|Universitas Budi Luhur|Universitas Budi Luhur']],
    // A word that opens no name ("Dalam") goes on with the institution after a title.
    ['Kepala Badan Intelijen Dalam Negeri Budi Gunawan hadir.', ['ORG|Badan Intelijen Dalam Negeri|Badan Intelijen Dalam Negeri', 'PERSON|Budi Gunawan|Budi Gunawan|Kepala Badan Intelijen Dalam Negeri']],
    // A place named after someone keeps the title in its name; "Pusat" ends a region's name like a compass word.
    ['Laga digelar di Stadion Kapten I Wayan Dipta, Gianyar.', ['LOC|Stadion Kapten I Wayan Dipta|Stadion Kapten I Wayan Dipta', 'LOC|Gianyar|Gianyar']],
    ['Kecelakaan terjadi di Jalan Jenderal Sudirman, Jakarta Pusat.', ['LOC|Jalan Jenderal Sudirman|Jalan Jenderal Sudirman', 'LOC|Jakarta Pusat|Jakarta Pusat']],
    // Honours too, inside the place's name.
    ['Laga digelar di Stadion Utama Gelora Bung Karno (SUGBK), Jakarta.', ['LOC|Stadion Utama Gelora Bung Karno|Stadion Utama Gelora Bung Karno,SUGBK', 'LOC|Jakarta|Jakarta']],
    ['Kepala Kantor Staf Presiden Moeldoko hadir.', ['ORG|Kantor Staf Presiden|Kantor Staf Presiden', 'PERSON|Moeldoko|Moeldoko|Kepala Kantor Staf Presiden']],
    // A rank and its qualifier ("Kombes Pol") end the organisation and belong to the title.
    ['Kabid Humas Polda Jatim Kombes Pol Dirmanto membuka acara itu.', ['ORG|Polda Jatim|Polda Jatim', 'PERSON|Dirmanto|Dirmanto|Kabid Humas Polda Jatim; Kombes Pol']],
    // A given name two words into the run after a title starts the person's name.
    ['Direktur Utama Perum Bulog Budi Waseso membuka acara itu.', ['ORG|Perum Bulog|Perum Bulog', 'PERSON|Budi Waseso|Budi Waseso|Direktur Utama Perum Bulog']],
    ['Kepala Ekonom Bank Permata Josua Pardede membuka acara itu.', ['ORG|Bank Permata|Bank Permata', 'PERSON|Josua Pardede|Josua Pardede|Kepala Ekonom Bank Permata']],
    // A run that already holds a given name ends at "dan"; a given name after an organisation's first word ends it.
    ['Usulan itu didukung Ketua Umum Partai Golkar Airlangga Hartarto dan Ketua Umum PAN Zulkifli Hasan.', [
      'ORG|Partai Golkar|Partai Golkar', 'PERSON|Airlangga Hartarto|Airlangga Hartarto|Ketua Umum Partai Golkar', 'ORG|PAN|PAN', 'PERSON|Zulkifli Hasan|Zulkifli Hasan|Ketua Umum PAN',
    ]],
    // "dari" joins a title and its words to the institution, whatever the verb.
    ['Pengamat politik dari Universitas Al Azhar Indonesia Ujang Komarudin menilai keputusan itu tegas.', [
      'ORG|Universitas Al Azhar Indonesia|Universitas Al Azhar Indonesia', 'PERSON|Ujang Komarudin|Ujang Komarudin|Pengamat politik dari Universitas Al Azhar Indonesia',
    ]],
    ['Di sisi lain, pengamat pertanian dari Institut Pertanian Bogor (IPB) Dwi Andreas Santosa meragukan target itu.', [
      'ORG|Institut Pertanian Bogor|Institut Pertanian Bogor,IPB', 'PERSON|Dwi Andreas Santosa|Dwi Andreas Santosa|pengamat pertanian dari Institut Pertanian Bogor',
    ]],
    ['Sementara itu, peneliti dari Indef Bhima Yudhistira meragukan target itu.', ['ORG|Indef|Indef', 'PERSON|Bhima Yudhistira|Bhima Yudhistira|peneliti dari Indef']],
    ['Presiden Susilo Bambang Yudhoyono membuka acara itu.', ['PERSON|Susilo Bambang Yudhoyono|Susilo Bambang Yudhoyono|Presiden']],
    // A direction after a known place names another place, which the title's institution takes whole.
    ['Warga Lampung Selatan dan Bekasi Utara terdampak banjir.', ['LOC|Lampung Selatan|Lampung Selatan', 'LOC|Bekasi Utara|Bekasi Utara']],
    // A given name that can also qualify a title ("Jaksa Agung") opens the name after the title's institution.
    ['Juru bicara Kementerian ESDM Agung Pribadi membuka acara itu.', ['ORG|Kementerian ESDM|Kementerian ESDM', 'PERSON|Agung Pribadi|Agung Pribadi|Juru bicara Kementerian ESDM']],
    ['Jaksa Agung Burhanuddin membuka acara itu.', ['PERSON|Burhanuddin|Burhanuddin|Jaksa Agung']],
    ['Kapolres Jakarta Barat Kombes Pasma Royce membuka acara itu di Jakarta.', ['LOC|Jakarta Barat|Jakarta Barat', 'PERSON|Pasma Royce|Pasma Royce|Kapolres Jakarta Barat; Kombes', 'LOC|Jakarta|Jakarta']],
  ])('reads the name after an institution that runs past a bracket, a connector or a rank: %s', (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  it('reads an institution with an English name before the name, and takes no Indonesian connector after an English one', () => {
    const indonesian = (text: string): string[] => summary(processText(text, { language: 'id' }).entities);
    expect(indonesian('Ekonom Institute for Development of Economics and Finance (Indef) Tauhid Ahmad membuka acara itu.')).toEqual([
      'ORG|Institute for Development of Economics and Finance|Institute for Development of Economics and Finance,Indef',
      'PERSON|Tauhid Ahmad|Tauhid Ahmad|Ekonom Institute for Development of Economics and Finance',
    ]);
    // Two banks; and a head word inside an English name opens none ("Motion Picture Association of America").
    expect(indonesian('Unit itu menggabungkan Bank of America dan Merrill Lynch.')).toEqual(['ORG|Bank of America|Bank of America']);
    expect(indonesian('Perwakilan Motion Picture Association of America ikut hadir.')).toEqual([]);
  });

  it('reads a portfolio that goes on past "dan" up to the comma before the honours and the name (Malay)', () => {
    expect(entitiesOf('Sementara itu, Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna, Datuk Seri Alexander Nanta Linggi berkata harga akan dipantau.', { language: 'ms' })).toEqual([
      'PERSON|Alexander Nanta Linggi|Alexander Nanta Linggi|Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna; Datuk Seri',
    ]);
  });

  it('reads a portfolio whose first words are not a known qualifier up to the comma before the name', () => {
    expect(entitiesOf('Sementara itu, Menteri Kemajuan Desa dan Wilayah, Datuk Seri Dr Ahmad Zahid Hamidi berkata peruntukan disediakan.', { language: 'ms' })).toEqual([
      'PERSON|Ahmad Zahid Hamidi|Ahmad Zahid Hamidi|Menteri Kemajuan Desa dan Wilayah; Datuk Seri Dr',
    ]);
    // One word names someone before where it was said.
    expect(entitiesOf('Direktur Teknologi dan Operasional Bank Mandiri, Sasmita di Jakarta, Jumat, mengatakan investasi naik.')).toEqual([
      'ORG|Bank Mandiri|Bank Mandiri',
      'PERSON|Sasmita|Sasmita|Direktur Teknologi dan Operasional Bank Mandiri',
      'LOC|Jakarta|Jakarta',
    ]);
    // Two people joined by "dan" are no portfolio: the day after the comma names no one.
    expect(entitiesOf('Gubernur Anies Baswedan dan Ahmad Riza Patria, Rabu, meresmikan taman.')).toEqual([
      'PERSON|Anies Baswedan|Anies Baswedan|Gubernur',
      'PERSON|Ahmad Riza Patria|Ahmad Riza Patria',
    ]);
  });

  it('reads the names a list joins to a person or a headed place as people or places too', () => {
    expect(entitiesOf('KPK juga menahan dua pihak swasta, Efendy Sahputra dan Fajar Syahputra.')).toEqual([
      'ORG|KPK|KPK',
      'PERSON|Efendy Sahputra|Efendy Sahputra',
      'PERSON|Fajar Syahputra|Fajar Syahputra',
    ]);
    expect(entitiesOf('Banjir paling parah di Kecamatan Dayeuhkolot dan Baleendah.')).toEqual(['LOC|Kecamatan Dayeuhkolot|Kecamatan Dayeuhkolot', 'LOC|Baleendah|Baleendah']);
    // What a title or a head word opens is its own: "Presiden", "Kejaksaan".
    expect(entitiesOf('Hingga kini Fajar Syahputra dan Kejaksaan Agung belum berkomentar.')).toEqual(['PERSON|Fajar Syahputra|Fajar Syahputra', 'ORG|Kejaksaan Agung|Kejaksaan Agung']);
  });

  it('reads a profession right after the head of an organisation of members as part of its name', () => {
    // In a list, the title would otherwise take the next organisation for a person's name.
    expect(entitiesOf('Ratusan tenaga kesehatan dari Ikatan Dokter Indonesia (IDI), Persatuan Perawat Nasional Indonesia (PPNI), dan Ikatan Bidan Indonesia (IBI) berunjuk rasa.')).toEqual([
      'ORG|Ikatan Dokter Indonesia|Ikatan Dokter Indonesia,IDI',
      'ORG|Persatuan Perawat Nasional Indonesia|Persatuan Perawat Nasional Indonesia,PPNI',
      'ORG|Ikatan Bidan Indonesia|Ikatan Bidan Indonesia,IBI',
    ]);
  });

  it('knows the districts of Malaysia as places (Malay)', () => {
    expect(entitiesOf('Banjir di Kemaman dan Dungun semakin buruk.', { language: 'ms' })).toEqual(['LOC|Kemaman|Kemaman', 'LOC|Dungun|Dungun']);
    // "Ibu Pejabat" (headquarters) opens an institution, and the state after it is a place, not the name of the role's holder.
    expect(entitiesOf('Suspek ditahan oleh anggota Jabatan Siasatan Jenayah Narkotik (JSJN) Ibu Pejabat Polis Kontinjen (IPK) Johor.', { language: 'ms' })).toEqual([
      'ORG|Jabatan Siasatan Jenayah Narkotik|Jabatan Siasatan Jenayah Narkotik,JSJN',
      'ORG|Ibu Pejabat Polis Kontinjen|Ibu Pejabat Polis Kontinjen,IPK',
      'LOC|Johor|Johor',
    ]);
  });

  it('reads an institution\'s bracket before the comma and the name after it, and ministries named with "Dalam Negeri" and "Hal Ehwal" (Malay)', () => {
    expect(entitiesOf('Presiden Persatuan Pengguna Islam Malaysia (PPIM), Datuk Nadzim Johan menggesa kerajaan bertindak.', { language: 'ms' })).toEqual([
      'ORG|Persatuan Pengguna Islam Malaysia|Persatuan Pengguna Islam Malaysia,PPIM',
      'PERSON|Nadzim Johan|Nadzim Johan|Presiden Persatuan Pengguna Islam Malaysia; Datuk',
    ]);
    expect(entitiesOf('Kementerian Perdagangan Dalam Negeri dan Hal Ehwal Pengguna (KPDNHEP) akan memantau harga.', { language: 'ms' })).toEqual([
      'ORG|Kementerian Perdagangan Dalam Negeri dan Hal Ehwal Pengguna|Kementerian Perdagangan Dalam Negeri dan Hal Ehwal Pengguna,KPDNHEP',
    ]);
  });

  it('starts the name at its honorifics after a title, where a portfolio with "dan" runs up to them (Malay)', () => {
    const text = 'Menteri Kemajuan Desa dan Wilayah Datuk Seri Dr Ahmad Zahid Hamidi berkata, mangsa masih berada di pusat pemindahan.';
    expect(summary(processText(text, { language: 'ms' }).entities)).toEqual(['PERSON|Ahmad Zahid Hamidi|Ahmad Zahid Hamidi|Menteri Kemajuan Desa dan Wilayah; Datuk Seri Dr']);
  });

  it('gives a rank after the function a role of its own, after a semicolon, as honours are', () => {
    expect(entitiesOf('Kapolres Metro Depok Kombes Pol Ahmad Fuady mengatakan kedua pelaku ditangkap.')).toEqual([
      'LOC|Depok|Depok', 'PERSON|Ahmad Fuady|Ahmad Fuady|Kapolres Metro Depok; Kombes Pol',
    ]);
    expect(entitiesOf('Kepala BNPB Letjen TNI Suharyanto meminta warga tetap tenang.')).toEqual([
      'ORG|BNPB|BNPB', 'ORG|TNI|TNI', 'PERSON|Suharyanto|Suharyanto|Kepala BNPB; Letjen TNI',
    ]);
    // A rank alone is the whole role.
    expect(entitiesOf('AKBP Yogen Heroes Baruno menambahkan barang bukti disita.')).toEqual(['PERSON|Yogen Heroes Baruno|Yogen Heroes Baruno|AKBP']);
    // The corps after a rank is the rank's; a rank word inside a longer title is that title's.
    expect(entitiesOf('Komandan Kompi Lettu Czi Mochtar memimpin pasukan.')).toEqual(['PERSON|Mochtar|Mochtar|Komandan Kompi; Lettu Czi']);
    expect(entitiesOf('Direktur Jenderal Pajak Suryo Utomo membuka acara itu.')).toEqual(['PERSON|Suryo Utomo|Suryo Utomo|Direktur Jenderal Pajak']);
  });

  // Malay: a lowercase word that ends the institution, a police rank and honorifics after a comma.
  it.each<[string, string[]]>([
    ['Pengerusi Jawatankuasa Kerja Raya negeri, Mohd Salleh Saidin berkata jalan itu akan dibaiki.', [
      'ORG|Jawatankuasa Kerja Raya|Jawatankuasa Kerja Raya', 'PERSON|Mohd Salleh Saidin|Mohd Salleh Saidin|Pengerusi Jawatankuasa Kerja Raya negeri',
    ]],
    ['Ketua Polis Daerah Kubang Pasu, Supt Rodzi Abdul Ghani berkata mangsa dihantar ke hospital.', [
      'LOC|Daerah Kubang Pasu|Daerah Kubang Pasu', 'PERSON|Rodzi Abdul Ghani|Rodzi Abdul Ghani|Ketua Polis Daerah Kubang Pasu; Supt',
    ]],
    ['Ketua Polis Daerah Klang Utara, Asisten Komisioner S. Vijaya Rao berkata suspek ditahan.', [
      'LOC|Daerah Klang Utara|Daerah Klang Utara', 'PERSON|S. Vijaya Rao|S. Vijaya Rao|Ketua Polis Daerah Klang Utara; Asisten Komisioner',
    ]],
    ['Menteri Besar, Datuk Seri Muhammad Sanusi Md Nor berkata bantuan disalurkan.', ['PERSON|Muhammad Sanusi Md Nor|Muhammad Sanusi Md Nor|Menteri Besar; Datuk Seri']],
    // After honours the run is the name: a title, an honorific or a given name inside it is the father's.
    ['Menteri Kewangan, Tengku Datuk Seri Zafrul Tengku Abdul Aziz, berkata peruntukan diluluskan.', ['PERSON|Zafrul Tengku Abdul Aziz|Zafrul Tengku Abdul Aziz|Menteri Kewangan; Tengku Datuk Seri']],
  ])('reads the name after the comma that follows a title and its institution (Malay): %s', (text, expected) => {
    expect(entitiesOf(text, { language: 'ms' })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['“Itu tidak sesuai konstitusi,” kata pakar hukum tata negara Refly Harun.', ['PERSON|Refly Harun|Refly Harun|pakar hukum tata negara']],
    ['Juru bicara kepresidenan Fadjroel Rachman menegaskan situasi aman.', ['PERSON|Fadjroel Rachman|Fadjroel Rachman|Juru bicara kepresidenan']],
    // No speech verb: the lowercase words may be the sentence's own, so they are no role (the given name alone marks the person).
    ['Keputusan pelatih membuat Budi Santoso kecewa.', ['PERSON|Budi Santoso|Budi Santoso']],
  ])('reads lowercase words that describe a title before the name, only where a speech verb frames it: %s', (text, expected) => {
    expect(entitiesOf(text)).toEqual(expected);
  });

  it('takes the name after the comma in "Title Organisation, Name said"', () => {
    expect(entitiesOf('Direktur Eksekutif Celios, Bhima Yudhistira mengatakan inflasi akan turun.')).toEqual([
      'PERSON|Bhima Yudhistira|Bhima Yudhistira|Direktur Eksekutif Celios',
    ]);
    expect(entitiesOf('Direktur Eksekutif Indef, Tauhid Ahmad mengatakan inflasi akan turun.')).toEqual([
      'ORG|Indef|Indef', 'PERSON|Tauhid Ahmad|Tauhid Ahmad|Direktur Eksekutif Indef',
    ]);
  });

  it('takes the last two words of a run after a title and an unknown institution for the name', () => {
    expect(entitiesOf('Direktur Utama PT Sinar Abadi Jaya Tondi Siregar mengatakan harga tidak berubah.')).toEqual([
      'ORG|PT Sinar Abadi Jaya|PT Sinar Abadi Jaya',
      'PERSON|Tondi Siregar|Tondi Siregar|Direktur Utama PT Sinar Abadi Jaya',
    ]);
    // Not where a comma sets the name off, nor where a known place ends the institution.
    expect(entitiesOf('Direktur Utama PT Mirantha Nuansa Ayu, Henry Sulysto, mengatakan kerja sama berjalan.')).toEqual([
      'ORG|PT Mirantha Nuansa Ayu|PT Mirantha Nuansa Ayu',
      'PERSON|Henry Sulysto|Henry Sulysto|Direktur Utama PT Mirantha Nuansa Ayu',
    ]);
  });

  it('reads "Ketua Pengurus Harian" as one title, before an institution with two head words and its bracket', () => {
    expect(entitiesOf('Sementara itu, Ketua Pengurus Harian Yayasan Lembaga Konsumen Indonesia (YLKI), Tulus Abadi meminta pemerintah bertindak.')).toEqual([
      'ORG|Yayasan Lembaga Konsumen Indonesia|Yayasan Lembaga Konsumen Indonesia,YLKI',
      'PERSON|Tulus Abadi|Tulus Abadi|Ketua Pengurus Harian Yayasan Lembaga Konsumen Indonesia',
    ]);
  });

  it('ends an institution at a name the article uses alone for a person ("ujar Tondi")', () => {
    expect(entitiesOf('Manajer Humas PT Sinar Abadi Jaya Tondi Siregar membenarkan kabar itu. Produksi dihentikan sementara, ujar Tondi kepada wartawan.')).toEqual([
      'ORG|PT Sinar Abadi Jaya|PT Sinar Abadi Jaya',
      'PERSON|Tondi Siregar|Tondi Siregar,Tondi|Manajer Humas PT Sinar Abadi Jaya',
    ]);
  });

  it('finds a name next to a speech verb, on either side', () => {
    expect(entitiesOf('“Kami siap,” kata Budi Hartono. Warga desa itu, Siti Aminah, menambahkan bahwa air sudah surut.')).toEqual([
      'PERSON|Budi Hartono|Budi Hartono',
      'PERSON|Siti Aminah|Siti Aminah',
    ]);
  });

  it('reads a pair of candidates joined by a hyphen after a pair cue as two people, and does not split a compound given name', () => {
    expect(entitiesOf('Pasangan calon nomor urut 3, Pramono Anung-Rano Karno, memperoleh 50,07 persen suara.')).toEqual([
      'PERSON|Pramono Anung|Pramono Anung',
      'PERSON|Rano Karno|Rano Karno',
    ]);
    expect(entitiesOf('Tim pemenangan Ridwan Kamil-Suswono menolak hasil itu. Ridwan Kamil belum berkomentar.')).toEqual([
      'PERSON|Ridwan Kamil|Ridwan Kamil',
      'PERSON|Suswono|Suswono',
    ]);
    expect(entitiesOf('Pasangan Frank-Walter Steinmeier dan Elke Büdenbender tiba.')).toEqual([]);
  });

  it('reads the initials news gives instead of a name as a person, not as the acronym they spell', () => {
    expect(entitiesOf('Polisi menangkap pria berinisial AS (31) di Bekasi. Korban berinisial R.A. dirawat. Delegasi AS tiba di Jakarta.')).toEqual([
      'PERSON|AS|AS',
      'LOC|Bekasi|Bekasi',
      'PERSON|R.A.|R.A.',
      'LOC|AS|AS',
      'LOC|Jakarta|Jakarta',
    ]);
    // Initials that spell a head word ("RS", rumah sakit) are still a person's; a head word alone after "ke" is no place.
    expect(entitiesOf('Keduanya berinisial RS (24) dan AH (31). Warga diminta melapor ke Polres terdekat.')).toEqual(['PERSON|RS|RS', 'PERSON|AH|AH']);
  });

  it('takes no name from the capitals of a headline in title case that the article writes in lower case', () => {
    expect(entitiesOf('Polisi Tangkap Pelaku Pembunuhan di Bekasi\n\nPolisi menangkap pelaku pembunuhan itu di Bekasi, Senin.')).toEqual(['LOC|Bekasi|Bekasi']);
    // A name the headline runs on into its next word is cut to the name the body gives.
    expect(entitiesOf('Harga Masih Tinggi, Pedagang Pasar Kramat Jati Mengeluh\n\nHarga cabai di Pasar Kramat Jati masih tinggi.')).toEqual([
      'LOC|Pasar Kramat Jati|Pasar Kramat Jati',
    ]);
    // A name the body never writes is dropped from the headline, unless the gazetteer knows it.
    expect(entitiesOf('Polisi Tangkap Dua Pelaku Pencurian Motor di Depok\n\nPolisi menangkap dua pria yang mencuri sepeda motor.')).toEqual(['LOC|Depok|Depok']);
  });

  it('finds a name after an honorific, but not "Ibu Kota"', () => {
    expect(entitiesOf('Rumah Pak Harjono terendam. Ibu Kota akan dipindahkan.')).toEqual(['PERSON|Harjono|Harjono']);
    // "Sheikh", as Indonesian news spells it for Gulf rulers: an honour after the title, and the name that follows it later is theirs.
    expect(entitiesOf('Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman Al Thani tiba. "Kami sepakat," kata Sheikh Mohammed.')).toEqual([
      'LOC|Qatar|Qatar',
      'PERSON|Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani,Mohammed|Perdana Menteri Qatar; Sheikh',
    ]);
  });

  it('finds a name in an apposition and takes its role', () => {
    expect(entitiesOf('Menurut laporan itu, Robyn Dixon, seorang jurnalis dan pakar politik, hadir di sana.')).toEqual([
      'PERSON|Robyn Dixon|Robyn Dixon|jurnalis dan pakar politik',
    ]);
  });

  it('finds organisations by their head word, and defined acronyms join them', () => {
    expect(entitiesOf('Badan Riset Kelautan Nusantara (BRKN) merilis data baru. Kepala BRKN Agus Salim menjelaskan datanya.')).toEqual([
      'ORG|Badan Riset Kelautan Nusantara|Badan Riset Kelautan Nusantara,BRKN',
      'PERSON|Agus Salim|Agus Salim|Kepala BRKN',
    ]);
    // The name's last words in brackets are its short name, and a later mention after a place preposition is the organisation.
    expect(entitiesOf('Pusat Rawatan Pertubuhan Sentuhan Kasih Al-Qalam (Al-Qalam) diserbu pesakit. Pesakit mendapatkan rawatan di Al-Qalam semalam.', { language: 'ms' })).toEqual([
      'ORG|Pusat Rawatan Pertubuhan Sentuhan Kasih Al-Qalam|Pusat Rawatan Pertubuhan Sentuhan Kasih Al-Qalam,Al-Qalam',
    ]);
    // A short name of several words, found as an organisation, in brackets after the name.
    expect(entitiesOf('Kepolisian Daerah Sumatera Utara (Polda Sumut) menangkap dua orang.')).toEqual([
      'ORG|Kepolisian Daerah Sumatera Utara|Kepolisian Daerah Sumatera Utara,Polda Sumut',
    ]);
    // A short form made of the words' first letters, not only their initials.
    expect(entitiesOf('Badan Urusan Logistik (Bulog) menyalurkan beras. Gudang Bulog penuh, kata Budi.')).toEqual([
      'ORG|Badan Urusan Logistik|Badan Urusan Logistik,Bulog',
      'PERSON|Budi|Budi',
    ]);
    // A state school's number is part of its name; a legal form gives its company's short form no letter.
    expect(entitiesOf('Siswa SMA Negeri 1 Bandung juara lomba. Harga emas PT Aneka Tambang Tbk (Antam) naik. Saham Antam menguat.')).toEqual([
      'ORG|SMA Negeri 1 Bandung|SMA Negeri 1 Bandung',
      'ORG|PT Aneka Tambang Tbk|PT Aneka Tambang Tbk,Antam',
    ]);
    // A title and one word before a demonstrative describe someone named before: no person "Polhukam".
    const people = processText('Calon wakil presiden Mahfud MD berkampanye di Medan. Mantan Menko Polhukam itu juga mengaku tidak mempersoalkan pencalonan Gibran Rakabuming Raka.')
      .entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name);
    expect(people).toEqual(['Mahfud MD', 'Gibran Rakabuming Raka']);
    // A police unit's head, its station, then the rank: the rank is the role's second part.
    expect(entitiesOf('Kasat Lantas Polres Purwakarta AKP Enjang Sukandi mengatakan bus diduga mengalami rem blong.')).toEqual([
      'ORG|Polres Purwakarta|Polres Purwakarta',
      'PERSON|Enjang Sukandi|Enjang Sukandi|Kasat Lantas Polres Purwakarta; AKP',
    ]);
    // A place's acronym spells its name: "(IDF)" after "Militer Israel" is the military's, not Israel's.
    expect(entitiesOf('Militer Israel (IDF) mengklaim serangan itu menargetkan komandan Hamas. Warga Nusa Tenggara Timur (NTT) menunggu.')).toEqual([
      'ORG|Militer Israel|Militer Israel,IDF', 'ORG|Hamas|Hamas', 'LOC|Nusa Tenggara Timur|Nusa Tenggara Timur,NTT',
    ]);
    // A brand written with a capital inside is the institution after a title, one word long.
    expect(entitiesOf('CEO GoTo Patrick Walujo mengatakan perusahaan akan efisien.').filter((entity) => entity.startsWith('PERSON'))).toEqual([
      'PERSON|Patrick Walujo|Patrick Walujo|CEO GoTo',
    ]);
    // US states the news names: the place is the governor's portfolio, not part of his name.
    expect(entitiesOf('Gubernur Florida Ron DeSantis hadir di Texas.')).toEqual([
      'LOC|Florida|Florida', 'PERSON|Ron DeSantis|Ron DeSantis|Gubernur Florida', 'LOC|Texas|Texas',
    ]);
    // A word that qualifies the title opens the role; an institution whose head opens with a title word is no title and name.
    expect(entitiesOf('Penjabat Gubernur Kalbar Harisson meminta perusahaan bertanggung jawab. Pimpinan Pusat Muhammadiyah telah menetapkan 1 Ramadhan.')).toEqual([
      'LOC|Kalbar|Kalbar', 'PERSON|Harisson|Harisson|Penjabat Gubernur Kalbar', 'ORG|Pimpinan Pusat Muhammadiyah|Pimpinan Pusat Muhammadiyah',
    ]);
    // A deputy's title with a possessive ending: the last person's role after it.
    expect(entitiesOf('Ketua Umum Partai Golkar Bahlil Lahadalia dan Wakilnya, Ahmad Doli Kurnia, hadir di Jakarta.')).toEqual([
      'ORG|Partai Golkar|Partai Golkar', 'PERSON|Bahlil Lahadalia|Bahlil Lahadalia|Ketua Umum Partai Golkar',
      'PERSON|Ahmad Doli Kurnia|Ahmad Doli Kurnia|Wakil Ketua Umum Partai Golkar', 'LOC|Jakarta|Jakarta',
    ]);
    // A storm's name is no entity, whole or alone.
    expect(entitiesOf('Topan Yagi menerjang Vietnam utara. Yagi menewaskan 200 orang.')).toEqual(['LOC|Vietnam|Vietnam']);
    // An institution's head word alone after a title is no one's name.
    expect(entitiesOf('Kepala sekolah SDN 4 Slipi, Siti Rohmah, menyambut baik program tersebut.')).toEqual([
      'ORG|SDN 4 Slipi|SDN 4 Slipi',
      'PERSON|Siti Rohmah|Siti Rohmah',
    ]);
    // An institution's head word with one word after it closes the run: no person "Perpustakaan UIN Alauddin".
    expect(entitiesOf('Salah satu tersangka merupakan Kepala Perpustakaan UIN Alauddin berinisial AI.')).toEqual([
      'ORG|UIN Alauddin|UIN Alauddin',
      'PERSON|AI|AI',
    ]);
    // A title right after an institution's head word is part of its name, which honours someone.
    expect(entitiesOf('Ia kuliah di IAIN Syekh Nurjati Cirebon. Rektor Universitas Jenderal Soedirman Akhmad Sodiq hadir.')).toEqual([
      'ORG|IAIN Syekh Nurjati Cirebon|IAIN Syekh Nurjati Cirebon',
      'ORG|Universitas Jenderal Soedirman|Universitas Jenderal Soedirman',
      'PERSON|Akhmad Sodiq|Akhmad Sodiq|Rektor Universitas Jenderal Soedirman',
    ]);
    // A portfolio whose last item after 'dan' is one word, then a given name: no person "Dasar", no "Menengah Abdul Mu'ti".
    expect(entitiesOf("Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti menjelaskan, pencairan tunjangan dilakukan langsung.")).toEqual([
      "PERSON|Abdul Mu'ti|Abdul Mu'ti|Menteri Pendidikan Dasar dan Menengah",
    ]);
    // A known institution that opens inside a title ends the title: no person "Koordinasi Penanaman Modal".
    expect(entitiesOf('Ia kemudian menjadi Kepala Badan Koordinasi Penanaman Modal (BKPM) hingga 2019.')).toEqual([
      'ORG|Badan Koordinasi Penanaman Modal|Badan Koordinasi Penanaman Modal,BKPM',
    ]);
    // An organisation named in English, spelled by its acronym; not a person's name so spelled.
    expect(entitiesOf('Data World Gold Council (WGC) menunjukkan permintaan naik. Mantan Presiden Susilo Bambang Yudhoyono (SBY) hadir.')).toEqual([
      'ORG|World Gold Council|World Gold Council,WGC',
      'PERSON|Susilo Bambang Yudhoyono|Susilo Bambang Yudhoyono,SBY|Mantan Presiden',
    ]);
    // A full name and a shorter one of the same surname joined by 'atau' are one person; two names of one length are two.
    expect(entitiesOf('Jaksa menetapkan mantan Menteri Perdagangan Thomas Trikasih Lembong atau Tom Lembong sebagai tersangka. Ia bertemu Budi Santoso atau Andi Santoso.')).toEqual([
      'PERSON|Thomas Trikasih Lembong|Thomas Trikasih Lembong,Tom Lembong|mantan Menteri Perdagangan',
      'PERSON|Budi Santoso|Budi Santoso',
      'PERSON|Andi Santoso|Andi Santoso',
    ]);
    // After a given name a title word is a word of the name: no person "Zulkifli" with the role "Hakim".
    expect(entitiesOf('Mangsa dikenal pasti sebagai Muhammad Haziq Ahmad, 23, dan rakannya, Amirul Hakim Zulkifli, 24, yang berasal dari Taiping.', { language: 'ms' })).toEqual([
      'PERSON|Muhammad Haziq Ahmad|Muhammad Haziq Ahmad',
      'PERSON|Amirul Hakim Zulkifli|Amirul Hakim Zulkifli',
      'LOC|Taiping|Taiping',
    ]);
    // Judges of the Constitutional Court and election commissioners.
    expect(entitiesOf('Hakim Konstitusi Enny Nurbaningsih membacakan pertimbangan. Komisioner KPU Kota Bekasi Ali Syaifa hadir.')).toEqual([
      'PERSON|Enny Nurbaningsih|Enny Nurbaningsih|Hakim Konstitusi',
      'ORG|KPU|KPU',
      'LOC|Kota Bekasi|Kota Bekasi',
      'PERSON|Ali Syaifa|Ali Syaifa|Komisioner KPU Kota Bekasi',
    ]);
    // A place head after "dan" goes on a title's portfolio: no place "Perumahan Rakyat".
    expect(entitiesOf('Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono menambahkan, pembangunan dimulai pada 2019.')).toEqual([
      'ORG|PUPR|PUPR',
      'PERSON|Basuki Hadimuljono|Basuki Hadimuljono|Menteri Pekerjaan Umum dan Perumahan Rakyat',
    ]);
    // A short form the article gave in brackets is the institution after a title, even one word long.
    expect(entitiesOf('Menurut data Badan Pangan Nasional (Bapanas), harga beras naik. Kepala Bapanas Arief Prasetyo Adi menilai kenaikan itu wajar.')).toEqual([
      'ORG|Badan Pangan Nasional|Badan Pangan Nasional,Bapanas',
      'PERSON|Arief Prasetyo Adi|Arief Prasetyo Adi|Kepala Bapanas',
    ]);
    // The head word may give no letter: "Jabatan Cuaca Sarawak (CuacaSarawak)".
    expect(entitiesOf('Jabatan Cuaca Sarawak (CuacaSarawak) meramalkan hujan lebat.', { language: 'ms' })).toEqual([
      'ORG|Jabatan Cuaca Sarawak|Jabatan Cuaca Sarawak,CuacaSarawak',
    ]);
    expect(entitiesOf('Warga melapor ke Kementerian Luar Negeri Rusia dan Dewan NATO-Rusia.')).toEqual([
      'ORG|Kementerian Luar Negeri Rusia|Kementerian Luar Negeri Rusia',
      'ORG|Dewan NATO-Rusia|Dewan NATO-Rusia',
    ]);
    // "Negara" opens no name but goes on with an organisation's; an honorific inside the run starts a person's.
    expect(entitiesOf('Laporan itu diserahkan kepada Badan Usaha Milik Negara (BUMN) kemarin.')).toEqual(['ORG|Badan Usaha Milik Negara|Badan Usaha Milik Negara,BUMN']);
    expect(entitiesOf('Rapat dihadiri Badan Pengawas Harian dan Staf Residen Mr. Sis Tjakraningrat.')).toEqual([
      'ORG|Badan Pengawas Harian dan Staf Residen|Badan Pengawas Harian dan Staf Residen',
      'PERSON|Sis Tjakraningrat|Sis Tjakraningrat',
    ]);
  });

  it('finds places by place words and place prepositions', () => {
    expect(entitiesOf('Banjir melanda Kabupaten Sukamakmur. Bantuan dikirim ke Tanjungsari kemarin.')).toEqual([
      'LOC|Kabupaten Sukamakmur|Kabupaten Sukamakmur',
      'LOC|Tanjungsari|Tanjungsari',
    ]);
    // "di" joins no organisation to its seat, and an abbreviation after "ke" is no place.
    expect(entitiesOf('Sidang Majelis Nasional di Versailles berlangsung lama. Lagu itu naik ke No. 31 pekan lalu.')).toEqual([
      'ORG|Majelis Nasional|Majelis Nasional',
      'LOC|Versailles|Versailles',
    ]);
    // A place noun in lower case makes the names it lists places, whole where they open with a known one; a direction after it names none.
    expect(entitiesOf('Banjir melanda kabupaten Sukamakmur dan Padang Lawas kemarin.')).toEqual(['LOC|Sukamakmur|Sukamakmur', 'LOC|Padang Lawas|Padang Lawas']);
    expect(entitiesOf('Banjir melanda daerah Kubang Pasu dan Padang Terap semalam.', { language: 'ms' })).toEqual(['LOC|Kubang Pasu|Kubang Pasu', 'LOC|Padang Terap|Padang Terap']);
    expect(entitiesOf('Pasukan itu menguasai wilayah Utara dan Timur Laut sungai itu.')).toEqual([]);
    // A foreign venue runs past three words up to its tail word.
    expect(entitiesOf('Laga itu berlangsung di Hangzhou Olympic Sports Center kemarin.')).toEqual(['LOC|Hangzhou Olympic Sports Center|Hangzhou Olympic Sports Center']);
  });

  it('takes a known one-word name that opens a sentence before a lowercase word for the common word the article also writes in lower case', () => {
    const text = '"Antara perkara yang kita setujui ialah kerja sama itu," katanya. Kerja sama di antara dua negara itu erat. Kantor berita Antara melaporkannya.';
    const mentions = processText(text).entities.flatMap((entity) => entity.mentions.map((mention) => `${entity.type}|${mention.start}`));
    expect(mentions).toEqual([`ORG|${text.lastIndexOf('Antara')}`]);
  });

  it('takes no acronym the article spells out in lowercase words for a name', () => {
    expect(entitiesOf('Defisit mencapai 2,29 persen terhadap produk domestik bruto (PDB). Angka itu setara 3 persen dari PDB menurut Bank Indonesia.')).toEqual([
      'ORG|Bank Indonesia|Bank Indonesia',
    ]);
    // Even one a list knows as a name: "UN" is also the United Nations.
    expect(entitiesOf('Menteri menegaskan ujian nasional (UN) tidak kembali. UN dulu membebani siswa.')).toEqual([]);
  });

  it('does not take a capitalised common word, a day or a month for a name', () => {
    expect(entitiesOf('Pemerintahan baru dilantik pada Senin. Pemerintahan itu berjanji pada Januari.')).toEqual([]);
    // "pemerintahan" is written in lower case elsewhere: the capitalised one before the name is a common word.
    expect(entitiesOf('Pemerintahan Hartono meminta maaf. Dia memimpin pemerintahan itu.')).toEqual(['PERSON|Hartono|Hartono']);
    expect(entitiesOf('Sekutu NATO menolak tuntutan itu.')).toEqual(['ORG|NATO|NATO']);
    // "Dilansir AFP," names the source, not a person in apposition to the title after it.
    expect(entitiesOf('Dilansir AFP, Sekretaris Jenderal NATO Jens Stoltenberg mengatakan aliansi tidak akan berkompromi.')).toEqual([
      'ORG|AFP|AFP',
      'ORG|NATO|NATO',
      'PERSON|Jens Stoltenberg|Jens Stoltenberg|Sekretaris Jenderal NATO',
    ]);
    // A currency written on its amount is no place after "ke".
    expect(entitiesOf('Rupiah melemah ke Rp15.400 per dolar AS pada Senin.')).toEqual(['LOC|AS|AS']);
  });
});

describe('entities: linking', () => {
  it('joins a surname to the full name, and never joins different surnames', () => {
    const entities = processText('Koresponden Emily Sherwin tiba. Wakil menteri Wendy Sherman menyambutnya. Sherwin mengatakan perundingan sulit. Sherman juga mengatakan hal yang sama.').entities;
    expect(summary(entities)).toEqual([
      'PERSON|Emily Sherwin|Emily Sherwin,Sherwin|Koresponden',
      'PERSON|Wendy Sherman|Wendy Sherman,Sherman|Wakil menteri',
    ]);
    expect(entities[0]!.mentions.map((mention) => mention.text)).toEqual(['Emily Sherwin', 'Sherwin']);
  });

  it('reads a particle hyphened to a name as part of it, and of its later short form ("al-Ansari")', () => {
    const result = processText('Juru bicara Kementerian Luar Negeri Qatar, Majed al-Ansari, mengatakan perundingan masih berlangsung. Menurut al-Ansari, pembicaraan akan dilanjutkan di Kairo. Presiden Abdel Fattah el-Sisi menyambut baik kesepakatan itu.');
    expect(summary(result.entities).filter((entity) => entity.startsWith('PERSON'))).toEqual([
      'PERSON|Majed al-Ansari|Majed al-Ansari,al-Ansari|Juru bicara Kementerian Luar Negeri Qatar',
      'PERSON|Abdel Fattah el-Sisi|Abdel Fattah el-Sisi|Presiden',
    ]);
    expect(result.entities.find((entity) => entity.name === 'Majed al-Ansari')!.mentions.map((mention) => mention.text)).toEqual(['Majed al-Ansari', 'al-Ansari']);
    expect(result.quotes.map((quote) => `${quote.speaker?.name}: ${quote.text}`)).toEqual([
      'Majed al-Ansari: perundingan masih berlangsung.',
      'Majed al-Ansari: pembicaraan akan dilanjutkan di Kairo.',
    ]);
  });

  it('leaves a first name two people share unlinked', () => {
    const entities = processText('Menteri Alexander Grushko dan Menteri Alexander Fomin hadir. Alexander tidak berkomentar.').entities;
    expect(summary(entities)).toEqual(['PERSON|Alexander Grushko|Alexander Grushko|Menteri', 'PERSON|Alexander Fomin|Alexander Fomin|Menteri']);
  });

  it('joins a nickname the text declares', () => {
    expect(entitiesOf('Gubernur Ridwan Kamil, pria yang akrab disapa Emil, meninjau lokasi. Emil meminta warga waspada.')).toEqual([
      'PERSON|Ridwan Kamil|Ridwan Kamil,Emil|Gubernur',
    ]);
    // A description that points back gives the nickname to the last person named, in an earlier sentence.
    expect(entitiesOf('Direktur Utama Perum Bulog Budi Waseso meninjau gudang. "Stok aman," ucap pria yang akrab disapa Buwas itu. Buwas meminta warga tenang.')).toEqual([
      'ORG|Perum Bulog|Perum Bulog',
      'PERSON|Budi Waseso|Budi Waseso,Buwas|Direktur Utama Perum Bulog',
    ]);
    // A two-word nickname after 'alias', and its later mentions.
    expect(entitiesOf('Ketua Umum PSSI Mochamad Iriawan alias Iwan Bule berharap timnas menang. Iwan Bule mengatakan target itu realistis.')).toEqual([
      'ORG|PSSI|PSSI',
      'PERSON|Mochamad Iriawan|Mochamad Iriawan,Iwan Bule|Ketua Umum PSSI',
    ]);
    // A short form in brackets (initials, or the start of a word of the name) joins its owner, and so do its later mentions.
    expect(entitiesOf('Presiden Joko Widodo (Jokowi) meninjau lokasi. “Kita percepat,” kata Jokowi. Mantan Presiden Susilo Bambang Yudhoyono (SBY) hadir.')).toEqual([
      'PERSON|Joko Widodo|Joko Widodo,Jokowi|Presiden',
      'PERSON|Susilo Bambang Yudhoyono|Susilo Bambang Yudhoyono,SBY|Mantan Presiden',
    ]);
    // What else stands in brackets after a name is no short form of it; a word before a number is its unit, no place.
    expect(entitiesOf('Presiden Joko Widodo (Persebaya) meninjau lokasi. Harga naik dari Rp 7.650 per liter.')).toEqual(['PERSON|Joko Widodo|Joko Widodo|Presiden']);
  });

  it('reads the name before a nickname cue as a person, and a nickname of several words as one', () => {
    // The name opens the sentence and has no title: the cue says it is a person's. The last word of
    // "yang akrab disapa" is no second cue that would give the nickname to the person named before.
    expect(entitiesOf('Kuasa hukum Sahbirin, Soesilo Aribowo, mengatakan kliennya kooperatif. Sahbirin Noor yang akrab disapa Paman Birin itu belum ditahan.')).toEqual([
      'PERSON|Sahbirin Noor|Sahbirin,Sahbirin Noor,Paman Birin',
      'PERSON|Soesilo Aribowo|Soesilo Aribowo|Kuasa hukum Sahbirin',
    ]);
    // A name found after an honorific inside the nickname is the nickname.
    expect(entitiesOf('Ketua RT Budi Santoso yang akrab disapa Pak Bud datang.').filter((entity) => entity.startsWith('PERSON'))).toEqual([
      'PERSON|Budi Santoso|Budi Santoso,Pak Bud|Ketua RT',
    ]);
  });

  it('gives exact code-point offsets for every mention', () => {
    const record = processText('😀 Presiden Joko Widodo tiba di Jakarta.');
    const characters = [...record.text];
    for (const entity of record.entities) {
      for (const mention of entity.mentions) expect(characters.slice(mention.start, mention.end).join('')).toBe(mention.text);
    }
    expect(record.entities.map((entity) => [entity.id, entity.key, entity.mentions[0]!.start])).toEqual([
      ['e1', 'person:joko-widodo', 11],
      ['e2', 'loc:jakarta', 31],
    ]);
  });

  it('keys the same entity alike across articles, whatever form the article uses', () => {
    const first = processText('Delegasi AS tiba di Brussels.').entities;
    const second = processText('Delegasi Amerika Serikat tiba di Brussel.').entities;
    expect(first.map((entity) => entity.key)).toEqual(second.map((entity) => entity.key));
    expect(entityKey('PERSON', 'José  Ramos-Horta')).toBe('person:jose-ramos-horta');
  });

  it('reads the byline author and the dateline outlet as entities of the article', () => {
    const record = processText('Tatik Ariyani\n\nPenulis\n\nIntisari-Online.com - Beberapa waktu lalu, Rusia bergerak.');
    expect(summary(record.entities)).toEqual(['PERSON|Tatik Ariyani|Tatik Ariyani', 'ORG|Intisari-Online.com|Intisari-Online.com', 'LOC|Rusia|Rusia']);
  });

  it('gives a known outlet in the dateline its gazetteer name, so that it is one entity with its later mentions', () => {
    const record = processText('TEMPO.CO, Jakarta - Polisi menangkap dua orang. "Kami masih memeriksa," kata Budi Santoso kepada Tempo.');
    expect(summary(record.entities)).toEqual(['ORG|Tempo|TEMPO.CO,Tempo', 'LOC|Jakarta|Jakarta', 'PERSON|Budi Santoso|Budi Santoso']);
  });

  it('names a known place or outlet the article writes only in capitals by its gazetteer name', () => {
    const record = processText('KUALA LUMPUR (BERNAMA) - Kerajaan akan memperkenalkan mekanisme baharu, kata Datuk Seri Anwar Ibrahim.', { language: 'ms' });
    expect(summary(record.entities).slice(0, 2)).toEqual(['LOC|Kuala Lumpur|KUALA LUMPUR', 'ORG|Bernama|BERNAMA']);
    // A name the text also writes in lower case keeps the article's own form; an acronym stays as it is.
    expect(summary(processText('JAKARTA - KPK memeriksa saksi di Jakarta.').entities)).toEqual(['LOC|Jakarta|JAKARTA,Jakarta', 'ORG|KPK|KPK']);
  });

  it('names a place the article writes only in its dateline\'s capitals as a name is written', () => {
    const record = processText('BADEN-BADEN, Dec 16 (Reuters) - Olaf Scholz lost a vote on Monday.', { language: 'en' });
    expect(summary(record.entities).slice(0, 2)).toEqual(['LOC|Baden-Baden|BADEN-BADEN', 'ORG|Reuters|Reuters']);
  });
});

describe('entities: the seed gold', () => {
  it('reaches typed F1 ≥ 0.92 and finds every person', async () => {
    const predictions = [];
    for await (const item of readInputs([SEEDS_DIR])) {
      if (item.kind === 'article') predictions.push(toEvalArticle(article(pipeline().process(item.article)) as unknown as Record<string, unknown>));
    }
    const report = evaluate(readEvalFile(join(ROOT, 'corpus', 'gold', 'seeds.jsonl')), predictions);
    expect(report.entities.typed.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.entities.byType.PERSON.recall).toBe(1);
    expect(readFileSync(join(ROOT, 'corpus', 'gold', 'seeds.jsonl'), 'utf8')).toContain('Alexandra von Nahmen');
  });
});
