import { isoWeek } from '../extractors/dates/index.js';
import type { DateMention } from '../output/types.js';
import { processText } from './helpers.js';

/** text = value [kind] (flags) of each date, for exact assertions. */
function dates(text: string, published?: string): string[] {
  const record = processText(text, published ? { published } : {});
  return record.dates.map((date: DateMention) => `${date.text} = ${date.value} [${date.kind}]${date.resolved ? '' : ' unresolved'}${date.flags.length ? ` (${date.flags.join(',')})` : ''}`);
}

const PUBLISHED = '2022-01-12'; // a Wednesday, ISO week 2022-W02

/** text = value of each date of a Malay text published on PUBLISHED. */
function malay(text: string): string[] {
  return processText(text, { published: PUBLISHED, language: 'ms' }).dates.map((date: DateMention) => `${date.text} = ${date.value}`);
}

describe('dates: absolute', () => {
  it('reads full dates, months, years and numeric dates (day first)', () => {
    expect(dates('Rapat digelar 12 Januari 2022, lalu 12 Jan 2022, pada Januari 2022, sejak tahun 2014, pada 2019, tanggal 12/1/2022 dan 2022-01-12.', PUBLISHED)).toEqual([
      '12 Januari 2022 = 2022-01-12 [date]',
      '12 Jan 2022 = 2022-01-12 [date]',
      'Januari 2022 = 2022-01 [month]',
      'tahun 2014 = 2014 [year]',
      '2019 = 2019 [year]',
      '12/1/2022 = 2022-01-12 [date]',
      '2022-01-12 = 2022-01-12 [date]',
    ]);
  });

  it('reads month abbreviations, splits a range, and gives a partial date the year nearest the anchor', () => {
    expect(dates('Pameran dibuka dari 3 Agt hingga 5 Nop 2022.', PUBLISHED)).toEqual([
      '3 Agt = 2022-08-03 [date] (future-date)',
      '5 Nop 2022 = 2022-11-05 [date] (future-date)',
    ]);
    expect(dates('Usulan itu dikirim pada 17 Desember dan dibahas 3 Februari mendatang.', PUBLISHED)).toEqual([
      '17 Desember = 2021-12-17 [date]',
      '3 Februari = 2022-02-03 [date]',
    ]);
    expect(dates('Acara itu akan digelar tanggal 20.', PUBLISHED)).toEqual(['tanggal 20 = 2022-01-20 [date]']);
    // 'sampai dengan' is one connector: the second date's text does not start with 'dengan'.
    expect(dates('Tersangka ditahan sejak 12 Januari sampai dengan 31 Januari 2022.', PUBLISHED)).toEqual([
      '12 Januari = 2022-01-12 [date]',
      '31 Januari 2022 = 2022-01-31 [date] (future-date)',
    ]);
  });

  it('does not take counts, amounts or durations for dates', () => {
    expect(dates('Sebanyak 2014 orang hadir, membayar Rp2019 selama dua tahun, empat jam, dalam 3 hari.', PUBLISHED)).toEqual([]);
  });
});

describe('dates: weekday with date', () => {
  it('reads the weekday and its bracketed date as one date', () => {
    expect(dates('Pada Rabu (12/1/2022) serta Rabu 12 Januari 2022.', PUBLISHED)).toEqual([
      'Rabu (12/1/2022) = 2022-01-12 [date]',
      'Rabu 12 Januari 2022 = 2022-01-12 [date]',
    ]);
  });

  it('lets the weekday choose the year of a date written without one', () => {
    // 7 July was a Monday in 2025, not in 2024 or 2026.
    expect(dates('Sidang digelar Senin (7/7).', '2026-01-02')).toEqual(['Senin (7/7) = 2025-07-07 [date]']);
    // Without an anchor, by the years the article writes: 11 July was a Tuesday in 2023, not in 2022 or 2024.
    expect(dates('DPR mengesahkan RUU itu pada Selasa (11/7). RUU mulai dibahas sejak Februari 2023.')).toEqual([
      'Selasa (11/7) = 2023-07-11 [date]', 'Februari 2023 = 2023-02 [month]',
    ]);
    // Where no year it writes fits, the year stays unknown.
    expect(dates('Rapat digelar Rabu (11/7). Anggaran 2023 disahkan.')).toEqual(['Rabu (11/7) = XXXX-07-11 [date] unresolved', '2023 = 2023 [year]']);
  });

  it('reads a weekday, a comma and a day with its month name as one date, "Minggu" too', () => {
    // 19 January was a Sunday in 2025; chrono's Indonesian locale takes no "Minggu" (also "week") before a date.
    expect(dates('Gencatan senjata berlaku pada Minggu, 19 Januari.', '2025-01-16')).toEqual(['Minggu, 19 Januari = 2025-01-19 [date] (future-date)']);
    expect(dates('Laga digelar Sabtu, 7 Desember 2024 malam.', PUBLISHED)).toEqual(['Sabtu, 7 Desember 2024 malam = 2024-12-07 [date]']);
  });

  it('flags a weekday that contradicts its date, keeping the date as written', () => {
    expect(dates('Grushko berbicara pada hari Rabu (12/11/2022).')).toEqual(['hari Rabu (12/11/2022) = 2022-11-12 [date] (weekday-mismatch)']);
  });

  it('flags dates that cannot be', () => {
    expect(dates('Tanggal (20/20/2025) dan (13/10/3025) tertulis di surat.', PUBLISHED)).toEqual([
      '20/20/2025 = XXXX-XX-XX [date] unresolved (invalid-date)',
      '13/10/3025 = XXXX-XX-XX [date] unresolved (invalid-date)',
    ]);
  });
});

describe('dates: date-time', () => {
  it('reads a timestamp line and a time with its zone', () => {
    expect(dates('Sabtu, 08 Januari 2022 - 13:03 WIB\n\nIsi berita.')).toEqual(['Sabtu, 08 Januari 2022 - 13:03 WIB = 2022-01-08T13:03+07:00 [datetime]']);
    expect(dates('Sidang dimulai pada Rabu (12/1/2022) pukul 10.00 WITA.', PUBLISHED)).toEqual(['Rabu (12/1/2022) pukul 10.00 WITA = 2022-01-12T10:00+08:00 [datetime]']);
  });

  it('gives a clock time the date before it, across "sekitar" and a part of the day', () => {
    expect(dates('Kebakaran terjadi Jumat (31/12/2021) malam sekitar pukul 23.30 WIB.', PUBLISHED)).toEqual([
      'Jumat (31/12/2021) malam sekitar pukul 23.30 WIB = 2021-12-31T23:30+07:00 [datetime]',
    ]);
    expect(dates('Kebakaran terjadi pada Selasa sekitar pukul 02.00 WIB.', PUBLISHED)).toEqual(['Selasa sekitar pukul 02.00 WIB = 2022-01-11T02:00+07:00 [datetime]']);
  });

  it('reads a part of the day before a date as no part of it: the date is the one written, not the anchor\'s', () => {
    expect(dates('Final digelar sore hari Sabtu, 20 April 2013 di Jakarta.', PUBLISHED)).toEqual(['hari Sabtu, 20 April 2013 = 2013-04-20 [date]']);
    expect(dates('Final digelar sore, 20 April 2013.', PUBLISHED)).toEqual(['20 April 2013 = 2013-04-20 [date]']);
  });
});

describe('dates: relative to the anchor', () => {
  it('reads a weekday with "besok" as the coming one, not as tomorrow with a weekday that contradicts it', () => {
    // 12 January 2022 is a Wednesday: 'Jumat besok' is Friday the 14th, 'Rabu besok' the Wednesday a week on.
    expect(dates('Sidang dilanjutkan Jumat besok. Puncak rob terjadi Rabu besok sekitar pukul 13.00 WIB. Kamis besok ia tiba.', PUBLISHED)).toEqual([
      'Jumat besok = 2022-01-14 [weekday]',
      'Rabu besok sekitar pukul 13.00 WIB = 2022-01-19T13:00+07:00 [datetime]',
      'Kamis besok = 2022-01-13 [weekday]',
    ]);
  });

  it('reads a weekday of the week a relation names in ISO weeks from the anchor\'s', () => {
    // 12 January 2022 is a Wednesday: 'Jumat pekan ini' was read as the Friday before it (2022-01-07).
    expect(dates('Pasar tutup pada Jumat pekan ini, buka Senin pekan depan, dan sudah tutup hari Senin minggu lalu.', PUBLISHED)).toEqual([
      'Jumat pekan ini = 2022-01-14 [date]', 'Senin pekan depan = 2022-01-17 [date]', 'hari Senin minggu lalu = 2022-01-03 [date]',
    ]);
    expect(malay('Mesyuarat diadakan pada Isnin minggu depan.')).toEqual(['Isnin minggu depan = 2022-01-17']);
  });

  it('gives a clock time alone the day the article gave last, a few paragraphs back at most, else the anchor\'s', () => {
    // 'pukul 16.00 WIB' was on the anchor's day (2022-01-12), not the day of the story it continues.
    expect(dates('Buaya muncul di Sungai Cisadane, Minggu (9/1/2022) sore.\n\nBuaya itu pertama kali terlihat sekitar pukul 16.00 WIB.', PUBLISHED)).toEqual([
      'Minggu (9/1/2022) sore = 2022-01-09 [date]', 'pukul 16.00 WIB = 2022-01-09T16:00+07:00 [datetime]',
    ]);
    expect(dates('Rapat dimulai pukul 10.00 WIB.', PUBLISHED)).toEqual(['pukul 10.00 WIB = 2022-01-12T10:00+07:00 [datetime]']);
    // A score and an age range are no times.
    expect(dates('Tim kalah 2 - 0, dan 56% anak berusia 5 hingga 14 tahun bekerja.', PUBLISHED)).toEqual([]);
  });

  it('reads no time in a number and no time on a month', () => {
    // 'RM10.20 pada Desember 2023' was '20 pada Desember 2023' = the anchor's day at 20:00.
    expect(dates('Harga turun dari Rp10.20 pada Desember 2023, dan skornya 10.20 pada Januari 2024.', PUBLISHED)).toEqual([
      'Desember 2023 = 2023-12 [month]', 'Januari 2024 = 2024-01 [month]',
    ]);
    expect(dates('Rapat dimulai Senin (10/1/2022) 10.20 WIB.', PUBLISHED)).toEqual(['Senin (10/1/2022) 10.20 WIB = 2022-01-10T10:20+07:00 [datetime]']);
  });

  it('reads days around the anchor', () => {
    expect(dates('Hari ini hujan, kemarin cerah, besok mendung, lusa badai, kemarin lusa kabut.', PUBLISHED)).toEqual([
      'Hari ini = 2022-01-12 [date]',
      'kemarin = 2022-01-11 [date]',
      'besok = 2022-01-13 [date]',
      'lusa = 2022-01-14 [date]',
      'kemarin lusa = 2022-01-10 [date]',
    ]);
  });

  it('reads "tadi malam" as last night and "tadi pagi" as earlier today, in Indonesian and in Malay word order', () => {
    expect(dates('Banjir terjadi tadi malam, dan air surut tadi pagi. Ia datang tadi.', PUBLISHED)).toEqual([
      'tadi malam = 2022-01-11 [date]',
      'tadi pagi = 2022-01-12 [date]',
    ]);
    expect(malay('Jumlah mangsa meningkat berbanding 8,901 orang malam tadi, dan hujan berhenti pagi tadi.')).toEqual(['malam tadi = 2022-01-11', 'pagi tadi = 2022-01-12']);
  });

  it('reads a part of the day with "ini" or "this" as the anchor\'s day, and a part of the day alone as no date', () => {
    expect(dates('Rapat digelar pagi ini, dilanjutkan sore ini, dan ditutup malam.', PUBLISHED)).toEqual([
      'pagi ini = 2022-01-12 [date]',
      'sore ini = 2022-01-12 [date]',
    ]);
    const record = processText('He spoke this morning and again in the evening.', { published: PUBLISHED, language: 'en' });
    expect(record.dates.map((date) => `${date.text} = ${date.value}`)).toEqual(['this morning = 2022-01-12']);
  });

  it('reads weeks, months and years', () => {
    expect(dates('Pekan lalu, minggu ini, pekan depan; bulan lalu, bulan ini, bulan depan; tahun lalu, tahun ini, tahun depan.', PUBLISHED)).toEqual([
      'Pekan lalu = 2022-W01 [week]',
      'minggu ini = 2022-W02 [week]',
      'pekan depan = 2022-W03 [week]',
      'bulan lalu = 2021-12 [month]',
      'bulan ini = 2022-01 [month]',
      'bulan depan = 2022-02 [month]',
      'tahun lalu = 2021 [year]',
      'tahun ini = 2022 [year]',
      'tahun depan = 2023 [year]',
    ]);
  });

  it('reads a period prefix before a month as part of its text, the value the month\'s', () => {
    expect(dates('Tarif naik pada awal Desember 2022. Proyek selesai akhir Februari 2023.', PUBLISHED)).toEqual([
      'awal Desember 2022 = 2022-12 [month]',
      'akhir Februari 2023 = 2023-02 [month]',
    ]);
  });

  it('reads periods and months relative to the anchor', () => {
    expect(dates('Sejak awal bulan ini, akhir tahun lalu, Oktober lalu, Oktober tahun lalu, dan Maret mendatang.', PUBLISHED)).toEqual([
      'awal bulan ini = 2022-01 [month]',
      'akhir tahun lalu = 2021 [year]',
      'Oktober lalu = 2021-10 [month]',
      'Oktober tahun lalu = 2021-10 [month]',
      'Maret mendatang = 2022-03 [month]',
    ]);
    // A day and month before a relative year are of that year: one date, not a date of the anchor's year and a year.
    expect(dates('Perang dimulai pada 7 Oktober tahun lalu, dan pemilu digelar 14 Februari tahun depan.', PUBLISHED)).toEqual([
      '7 Oktober tahun lalu = 2021-10-07 [date]',
      '14 Februari tahun depan = 2023-02-14 [date]',
    ]);
  });

  it('reads the anchor\'s own month with "mendatang" or "lalu" as this one where the third of it that a prefix names is still ahead or already past', () => {
    expect(dates('Harga turun pada akhir Januari mendatang. Stok habis pada awal Januari lalu. Rapat digelar Januari mendatang.', PUBLISHED)).toEqual([
      'akhir Januari mendatang = 2022-01 [month]',
      'awal Januari lalu = 2022-01 [month]',
      'Januari mendatang = 2023-01 [month]',
    ]);
    // On the 12th the middle of the month has begun: "pertengahan Januari lalu" is not yet wholly past.
    expect(dates('Stok menipis sejak pertengahan Januari lalu.', PUBLISHED)).toEqual(['pertengahan Januari lalu = 2021-01 [month]']);
  });

  it('counts back days, weeks and decades', () => {
    expect(dates('Tiga hari lalu, dua pekan lalu, dan dua dekade lalu.', PUBLISHED)).toEqual([
      'Tiga hari lalu = 2022-01-09 [date]',
      'dua pekan lalu = 2021-W52 [week]',
      'dua dekade lalu = 2002 [year]',
    ]);
  });

  it('puts a bare weekday on the side the tense points to: the past by default, the future with "akan"', () => {
    expect(dates('Menteri tiba pada hari Senin.', PUBLISHED)).toEqual(['hari Senin = 2022-01-10 [weekday]']);
    expect(dates('Menteri akan tiba pada hari Senin.', PUBLISHED)).toEqual(['hari Senin = 2022-01-17 [weekday]']);
    // The anchor is a Wednesday: "Rabu lalu" is the week before, "Rabu depan" the week after.
    expect(dates('Dia datang Rabu lalu dan kembali Rabu depan.', PUBLISHED)).toEqual(['Rabu lalu = 2022-01-05 [weekday]', 'Rabu depan = 2022-01-19 [weekday]']);
    // The anchor's own weekday, bare, is that day in the future too: a week ahead would be "Rabu depan".
    expect(dates('Presiden dijadwalkan akan meninjau lokasi bencana pada Rabu.', PUBLISHED)).toEqual(['Rabu = 2022-01-12 [weekday]']);
  });
});

describe('dates: the anchor', () => {
  it('takes the latest explicit full date the article gives when nothing else anchors it', () => {
    const record = processText('Pertemuan digelar Jumat (14/1/2022). Pada hari Rabu, delegasi tiba. Bulan lalu, usulan diterbitkan.');
    expect(record.dates.map((date) => [date.text, date.value, date.anchor])).toEqual([
      ['Jumat (14/1/2022)', '2022-01-14', '2022-01-14'],
      ['hari Rabu', '2022-01-12', '2022-01-14'],
      ['Bulan lalu', '2021-12', '2022-01-14'],
    ]);
    // A date the text marks as ahead is not the narrative's day: the anchor is the match day, not the return leg.
    const ahead = processText('Indonesia menang pada Jumat (6/1/2023). "Kami bermain baik malam ini," kata Park. Leg kedua digelar Senin (9/1/2023) mendatang.');
    expect(ahead.dates.map((date) => [date.text, date.value, date.anchor])).toEqual([
      ['Jumat (6/1/2023)', '2023-01-06', '2023-01-06'],
      ['malam ini', '2023-01-06', '2023-01-06'],
      ['Senin (9/1/2023)', '2023-01-09', '2023-01-06'],
    ]);
  });

  it('reads a date without a year against the anchor the article gives, not a stand-in: 29 February of a leap year', () => {
    // Read against any year but a leap year, "29 Februari" is no date and was lost.
    expect(dates('Rapat digelar pada 29 Februari lalu. Laporan terbit Senin (2/3/2020).')).toEqual([
      '29 Februari = 2020-02-29 [date]',
      'Senin (2/3/2020) = 2020-03-02 [date]',
    ]);
  });

  it('leaves what needs an anchor unresolved when there is none, never a guess', () => {
    expect(dates('Delegasi tiba pada hari Rabu. Pertemuan lain digelar bulan lalu dan Oktober tahun lalu, sejak 2019.')).toEqual([
      'hari Rabu = XXXX-WXX-3 [weekday] unresolved',
      'bulan lalu = XXXX-XX [month] unresolved',
      'Oktober tahun lalu = XXXX-10 [month] unresolved',
      '2019 = 2019 [year]',
    ]);
  });

  it('flags an event told in the past but dated after the anchor', () => {
    expect(dates('Presiden meresmikan jembatan itu pada 20 Januari 2022.', PUBLISHED)).toEqual(['20 Januari 2022 = 2022-01-20 [date] (future-date)']);
    expect(dates('Presiden akan meresmikan jembatan itu pada 20 Januari 2022.', PUBLISHED)).toEqual(['20 Januari 2022 = 2022-01-20 [date]']);
  });

  it('computes ISO weeks across a year boundary', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual([2020, 53]);
    expect(isoWeek({ year: 2022, month: 1, day: 12 })).toEqual([2022, 2]);
  });
});

describe('dates: where chrono reads', () => {
  it('finds a date counted with the prefix se- ("seminggu lalu"), not one counted from an event ("sebulan kemudian")', () => {
    expect(dates('Pabrik itu ditutup seminggu lalu, dan pekerjanya dipanggil lagi sebulan kemudian.', PUBLISHED)).toEqual([
      'seminggu lalu = 2022-01-05 [date]',
    ]);
    // Two years after 2015, not after the anchor.
    expect(dates('Ia ditangkap pada 2015. Dua tahun kemudian, ia dibebaskan.', PUBLISHED)).toEqual(['2015 = 2015 [year]']);
  });

  it('takes a count and a unit after "dalam", "selama" (within, for) for a stretch of time, not a date', () => {
    expect(dates('Pemerintah menargetkan jalan tol itu selesai dalam dua tahun ke depan, dan utang turun selama lima tahun mendatang.', PUBLISHED)).toEqual([]);
    // Without them the same words count forward from the anchor.
    expect(dates('Pemilu berikutnya digelar dua tahun ke depan.', PUBLISHED)).toEqual(['dua tahun ke depan = 2024 [year]']);
  });

  it('reads no period after a count without a number ("beberapa bulan lalu" is not last month)', () => {
    expect(dates('Beberapa bulan lalu ia ditangkap, dan puluhan tahun lalu desa itu masih sepi.', PUBLISHED)).toEqual([]);
    expect(dates('Dua bulan yang lalu ia ditangkap.', PUBLISHED)).toEqual(['Dua bulan yang lalu = 2021-11 [month]']);
  });

  it('Malay: counts forward with "akan datang" from the count, not from the unit alone', () => {
    expect(malay('Projek itu siap dua tahun akan datang.')).toEqual(['dua tahun akan datang = 2024']);
    expect(malay('Kerajaan membina 500 rumah dalam tempoh dua tahun akan datang, dan harga naik dalam beberapa bulan akan datang.')).toEqual([]);
  });

  it('Malay: reads a month of its own names with a year ("Mac 2020"), and no month name alone', () => {
    expect(malay('Kesalahan itu dilakukan antara Januari 2019 dan Mac 2020, manakala jualan Ogos 2021 meningkat.')).toEqual([
      'Januari 2019 = 2019-01', 'Mac 2020 = 2020-03', 'Ogos 2021 = 2021-08',
    ]);
    expect(malay('Dia membeli komputer Mac baharu.')).toEqual([]);
  });

  it('reads a date at the far end of a long sentence, and no date in numbers that are not dates', () => {
    const filler = 'harga beras naik 10 persen dan stok 250 ton di gudang kecamatan yang dikelola koperasi warga desa, ';
    expect(dates(`${filler.repeat(12)}kata petugas pada Senin (10/1/2022) pukul 10.30 WIB.`, PUBLISHED)).toEqual([
      'Senin (10/1/2022) pukul 10.30 WIB = 2022-01-10T10:30+07:00 [datetime]',
    ]);
    expect(dates('Sebanyak 250 ton beras dan 10 persen anggaran habis.', PUBLISHED)).toEqual([]);
  });

  it('resolves a relative date against the anchor the article writes in full, read after it', () => {
    expect(dates('Kemarin polisi menahan tersangka. Ia ditangkap pada Jumat, 14/1/2022, di Bandung.')).toEqual([
      'Kemarin = 2022-01-13 [date]',
      'Jumat, 14/1/2022 = 2022-01-14 [date]',
    ]);
  });
});

describe('dates: English (chrono-node English, Warta parsers and the tense rules)', () => {
  const english = (text: string): string[] => {
    const record = processText(text, { published: PUBLISHED, language: 'en' });
    return record.dates.map((date: DateMention) => `${date.text} = ${date.value} [${date.kind}]${date.flags.length ? ` (${date.flags.join(',')})` : ''}`);
  };

  it('reads a date or a month before a relative year as of that year', () => {
    expect(english('The war began on Oct. 7 last year. Prices have risen since October last year, and the vote is in February next year.')).toEqual([
      'Oct. 7 last year = 2021-10-07 [date]',
      'October last year = 2021-10 [month]',
      'February next year = 2023-02 [month]',
    ]);
  });

  it('places no time by hours or minutes counted from the anchor, which is a day', () => {
    // 'in eight hours' was 2022-01-12T20:00+00:00: noon of the anchor plus eight hours, a time no text gave.
    expect(english('Some areas received a year\'s worth of rain in eight hours on Tuesday, and the river rose 30 minutes ago. Repairs end in three days.')).toEqual([
      'Tuesday = 2022-01-11 [weekday]', 'in three days = 2022-01-15 [date]',
    ]);
    expect(dates('Sidang dimulai dua jam lagi, tiga jam setelah hujan reda.', PUBLISHED)).toEqual([]);
  });

  it('reads no date in a recurring day, or in the days listed with it', () => {
    expect(dates('Hari Guru diperingati setiap 25 November sejak 1994. Pasar buka setiap Senin dan Kamis, lalu tutup pada Jumat pekan ini.', PUBLISHED)).toEqual([
      '1994 = 1994 [year]', 'Jumat pekan ini = 2022-01-14 [date]',
    ]);
    expect(english('The market opens every Monday and Thursday, and it closed on Friday.')).toEqual(['Friday = 2022-01-07 [weekday]']);
  });

  it('reads no date in a day counted from an event of the story', () => {
    // 'the day after' was the anchor's next day: it is the day after the ban takes effect.
    expect(english('Trump, who takes office the day after the ban takes effect, resigned the day before the election and left the next day. The vote is the day after tomorrow.')).toEqual([
      'the day after tomorrow = 2022-01-14 [date]',
    ]);
    expect(dates('Ia tiba sehari sebelumnya, dan harga naik dibanding bulan sebelumnya.', PUBLISHED)).toEqual(['bulan sebelumnya = 2021-12 [month]']);
  });

  it('reads bare years, but not a count', () => {
    expect(english('The bridge opened in 2009 and was repaired in 2017, when 2016 votes were cast.')).toEqual(['2009 = 2009 [year]', '2017 = 2017 [year]']);
  });

  it('gives a month without a year the last one before the anchor, unless its clause looks ahead or "until" stands before it', () => {
    expect(english('Prices fell in October. The new line is scheduled to open in March.')).toEqual(['October = 2021-10 [month]', 'March = 2022-03 [month]']);
    expect(english('The school will stay closed until February.')).toEqual(['February = 2022-02 [month]']);
    // An irregular past ('fell') is a past cue; 'than expected' compares, it does not look ahead.
    expect(english('Inflation fell more than expected to 1.7% in September, strengthening the case to cut rates next month.')).toEqual([
      'September = 2021-09 [month]', 'next month = 2022-02 [month]',
    ]);
    expect(english('The plant is expected to reopen in March.')).toEqual(['March = 2022-03 [month]']);
    expect(english('Until April, she lived in Leeds.')).toEqual(['April = 2021-04 [month]']);
    expect(english('He said Tuesday the plant would reopen in September.')).toEqual(['Tuesday = 2022-01-11 [weekday]', 'September = 2022-09 [month]']);
  });

  it('puts a day without a year on the side its tense points to', () => {
    expect(english('The contract will be signed on Dec. 20.')).toEqual(['Dec. 20 = 2022-12-20 [date]']);
    expect(english('The firm was founded on March 2.')).toEqual(['March 2 = 2021-03-02 [date]']);
    // Looking ahead: "is set to" points ahead; "was set to", from a past, to neither side (the nearest day, two days on).
    expect(english('The law is set to take effect on March 1.')).toEqual(['March 1 = 2022-03-01 [date]']);
    expect(english('The law was set to take effect on Jan. 14.')).toEqual(['Jan. 14 = 2022-01-14 [date] (future-date)']);
  });

  it('places weekdays by tense, the nearest one without a cue, and "last"/"next" by week', () => {
    expect(english('The minister will visit Leeds on Friday.')).toEqual(['Friday = 2022-01-14 [weekday]']);
    expect(english('The minister visited Leeds on Monday.')).toEqual(['Monday = 2022-01-10 [weekday]']);
    expect(english('Ferry: Leaves for Oslo on Friday.')).toEqual(['Friday = 2022-01-14 [weekday]']);
    expect(english('Ferry: Leaves for Oslo on Monday.')).toEqual(['Monday = 2022-01-10 [weekday]']);
    expect(english('The report came out last Tuesday. The vote is next Friday.')).toEqual(['last Tuesday = 2022-01-04 [weekday]', 'next Friday = 2022-01-21 [weekday]']);
    // A past verb next to the date outranks 'will' in what it reports; a participle does not, nor 'until' after one.
    expect(english('The central bank on Monday signaled it will raise rates in March.')).toEqual(['Monday = 2022-01-10 [weekday]', 'March = 2022-03 [month]']);
    expect(english('The vote has been delayed until Friday.')).toEqual(['Friday = 2022-01-14 [weekday]']);
    // The nearest cue counts from its end: 'said' right before the date outranks 'would' after it.
    expect(english('The city said Monday it would reopen the bridge.')).toEqual(['Monday = 2022-01-10 [weekday]']);
    // A past ending away from the date is no verb of it: 'would keep … funded through Feb. 18' looks ahead.
    expect(english('The Senate on Tuesday passed a bill that would keep the government funded through Feb. 18.')).toEqual(['Tuesday = 2022-01-11 [weekday]', 'Feb. 18 = 2022-02-18 [date]']);
    expect(english('The museum will stay closed Friday.')).toEqual(['Friday = 2022-01-14 [weekday]']);
    expect(english('The company will cut jobs on Wednesday, an email said.')).toEqual(['Wednesday = 2022-01-12 [weekday]']);
    expect(english('Officials will meet at 3 p.m. on Tuesday.')).toEqual(['3 p.m. on Tuesday = 2022-01-18T15:00 [datetime]']);
  });

  it('gives weeks and weekends as ISO weeks', () => {
    expect(english('Last week the council met. Over the weekend, it rained.')).toEqual(['Last week = 2022-W01 [week]', 'the weekend = 2022-W01 [week]']);
    expect(english('The summit is set for this weekend.')).toEqual(['this weekend = 2022-W02 [week]']);
    // "this week" is the anchor's own week (chrono reads it as the Sunday before, in the ISO week before); "earlier in the day" is no date.
    expect(english('Officials met this week, and the House voted earlier in the day.')).toEqual(['this week = 2022-W02 [week]']);
  });

  it('merges a relative day with the bracketed date it stands for', () => {
    expect(english('The results were published today (Jan. 12) in a journal.')).toEqual(['today (Jan. 12) = 2022-01-12 [date]']);
  });

  it('drops durations, times counted from an event, "now" and game clocks', () => {
    expect(english('Sales rose over the past two years and should double within a month. The team led with 3:08 to play. The plant closed seven years after the flood. Now it is quiet.')).toEqual([]);
    expect(english('Doctors will decide in the next 24 hours. The teams meet again in three days.')).toEqual(['in three days = 2022-01-15 [date]']);
    // After a superlative or "the first time", "in three months" counts back from the anchor: a stretch, no date.
    expect(english('Exports rose for the first time in three months. Prices hit their highest in two years. The vote is in two years.')).toEqual(['in two years = 2024 [year]']);
  });
});

describe('dates: "until" before a month (Indonesian)', () => {
  it('reads a month after "hingga" as the next one, and a bare month as the last one', () => {
    expect(dates('Pameran itu berlangsung hingga Desember.', PUBLISHED)).toEqual(['Desember = 2022-12 [month]']);
    expect(dates('Pameran itu berlangsung pada Desember.', PUBLISHED)).toEqual(['Desember = 2021-12 [month]']);
  });
});

describe('dates: long articles', () => {
  // chrono reads the windows around date cues in batches of about 2,000 characters, joined by a
  // separator line; each date must come back at its own offset, unmerged with its neighbours.
  it('places every date of a long article at its exact offset, across batches', () => {
    const days = Array.from({ length: 60 }, (_, index) => (index % 28) + 1);
    const text = days.map((day, index) => `Rapat ke-${index + 1} para menteri digelar pada ${day} Maret 2021 di gedung parlemen.`).join(' ');
    const record = processText(text, { published: PUBLISHED });
    expect(record.dates.map((date) => `${date.text} = ${date.value}`)).toEqual(days.map((day) => `${day} Maret 2021 = 2021-03-${String(day).padStart(2, '0')}`));
    for (const date of record.dates) expect([...record.text].slice(date.start, date.end).join('')).toBe(date.text);
  });

  it('reads a stretch as if alone: the stretch before it does not reach across the separator', () => {
    // The year parser refuses a year right after a point or a digit ("12.2014"): read together
    // with the stretch before, "…pada 2018. 2019" would lose 2019.
    const filler = 'Pembahasan anggaran itu berlangsung alot di gedung parlemen. '.repeat(5);
    expect(dates(`${filler}Ekonomi tumbuh pada 2018. 2019 menjadi tahun yang sulit bagi petani. ${filler}`, PUBLISHED)).toEqual([
      '2018 = 2018 [year]',
      '2019 = 2019 [year]',
    ]);
  });
});
