package coop.fairshare.savings;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The passbook PDF read back as a member's PDF reader or a search would: its text (the Thai exactly,
 * with its tone marks and upper and lower vowels), its Buddhist-era dates, its pages, its font.
 */
class PassbookPdfTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");
  private static final String NAME = "นางสาวสมศรี ใจดี";

  private final PassbookPdf pdf = new PassbookPdf();

  @Test
  void printsTheMemberHerNumberAndBuddhistEraDatesInThai() throws IOException {
    byte[] bytes = pdf.render(acrossNewYear(), THAI);

    String text = text(bytes);

    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(text)
        .contains(NAME)
        .contains("Miss Somsri Jaidee")
        .contains("10042")
        .contains("S-10042-01")
        .contains("กลุ่มน้ำผึ้งป่า ผู้ใหญ่บ้านดอยคำ")
        .contains("สหกรณ์เครือข่ายผู้ทำการผลิตที่บ้าน (แฟร์แชร์)")
        .contains("Home-Based Workers' Network Cooperative (Fairshare)")
        .contains("สมุดคู่ฝากเงินออม")
        .contains("ออมทรัพย์ทั่วไป");
    // the value dates, the day it was opened and the day it was printed, all in the Buddhist era
    assertThat(text).contains("5 ต.ค. 2569", "31 ธ.ค. 2569", "1 ม.ค. 2570", "15 ก.พ. 2570", "1 ต.ค. 2569", "20 ก.พ. 2570");
    assertThat(text).doesNotContain("2026").doesNotContain("2027");
    // what each line was, in Thai, and the money as baht with two decimals and thousands separators
    assertThat(text).contains("ฝาก", "ถอน", "ดอกเบี้ย", "ออมจากการขาย", "รายการแก้ไข");
    assertThat(text).contains("฿1,250.50", "฿300.00", "฿12,000.00", "฿13,255.35", "฿27.85");
    assertThat(text).contains("ยอดเงินคงเหลือ");
    assertThat(text).contains("ใบรับ 0012/2569");
  }

  @Test
  void printsEnglishLabelsWithTheSameBuddhistEraYears() throws IOException {
    String text = text(pdf.render(acrossNewYear(), Locale.ENGLISH));

    assertThat(text).contains(NAME, "Miss Somsri Jaidee", "10042", "Savings passbook", "Savings product", "General savings");
    assertThat(text).contains("5 Oct 2569 BE", "31 Dec 2569 BE", "1 Jan 2570 BE", "15 Feb 2570 BE");
    assertThat(text).contains("Deposit", "Withdrawal", "Interest", "From a sale", "Closing balance", "฿13,255.35", "Page 1 of 1");
    assertThat(text).doesNotContain("2026");
  }

  @Test
  void embedsItsOwnThaiFontAsUnicode() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(acrossNewYear(), THAI))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }

      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class); // Identity-H: any glyph, by its number
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
        assertThat(font.getName()).matches("[A-Z]{6}\\+Loma.*"); // a subset: only the glyphs used
      });
    }
  }

  /**
   * Shaped text is drawn glyph by glyph where a mark moves (the tone mark of ป่า shifts left of the
   * tall letter, that of ผึ้ง rises above the vowel) and is wrapped with its real text (ActualText),
   * which is what gives the Thai back exactly; unshaped text would have no such spans.
   */
  @Test
  void drawsThaiShapedWithItsTextBesideIt() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(acrossNewYear(), THAI))) {
      String content;
      try (InputStream stream = document.getPage(0).getContents()) {
        content = new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1);
      }

      assertThat(content).contains("/ActualText");
      assertThat(content.split("/ActualText", -1).length - 1).as("spans of shaped text").isGreaterThan(20);
    }
  }

  @Test
  void flowsTwoHundredLinesOverPagesEachWithTheTableHeader() throws IOException {
    Passbook passbook = twoHundredLines();

    byte[] bytes = pdf.render(passbook, THAI);

    assertThat(bytes.length).as("bytes: the fonts are subset, not embedded whole").isLessThan(120_000);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isBetween(4, 10);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        assertThat(text).as("page %d", page).contains("วันที่", "รายการ", "ฝาก", "ถอน", "คงเหลือ", "อ้างอิง");
        assertThat(text).as("page %d", page).contains("หน้า " + page + " จาก " + pages);
        assertThat(text).as("page %d", page).contains("สมาชิก 10042 · บัญชี S-10042-01");
      }
      String all = new PDFTextStripper().getText(document);
      for (Passbook.Line line : passbook.lines()) {
        assertThat(all).contains(line.reference());
      }
      assertThat(all).contains("฿" + String.format(Locale.US, "%,.2f", passbook.balance().satang() / 100.0));
    }
  }

  @Test
  void saysSoWhenThereIsNoLineYet() throws IOException {
    Passbook empty = new Passbook("10042", NAME, null, "กลุ่มน้ำผึ้งป่า ผู้ใหญ่บ้านดอยคำ", "S-10042-01", "ออมทรัพย์ทั่วไป", "General savings",
        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1), Money.ZERO, List.of());

    String text = text(pdf.render(empty, THAI));

    assertThat(text).contains(NAME, "ยังไม่มีรายการฝากหรือถอน", "฿0.00").doesNotContain("Miss");
  }

  @Test
  void rendersTheSameWhenManyRenderAtOnce() throws Exception {
    Passbook passbook = acrossNewYear();
    String alone = text(pdf.render(passbook, THAI));
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Callable<String>> renders = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        Locale locale = i % 2 == 0 ? THAI : Locale.ENGLISH;
        renders.add(() -> text(new PassbookPdf().render(passbook, locale)));
      }
      String english = text(pdf.render(passbook, Locale.ENGLISH));
      List<Future<String>> done = threads.invokeAll(renders);
      for (int i = 0; i < done.size(); i++) {
        assertThat(done.get(i).get()).isEqualTo(i % 2 == 0 ? alone : english);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Writes the PDFs the tests make where a person can open them (target/passbook-*.pdf). */
  @Test
  void writesSamplesForAPersonToLookAt() throws IOException {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("passbook-th.pdf"), pdf.render(acrossNewYear(), THAI));
    Files.write(target.resolve("passbook-en.pdf"), pdf.render(acrossNewYear(), Locale.ENGLISH));
    Files.write(target.resolve("passbook-200.pdf"), pdf.render(twoHundredLines(), THAI));

    assertThat(target.resolve("passbook-th.pdf")).isNotEmptyFile();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Deposits, a withdrawal, a sale's savings and interest from October 2569 into February 2570. */
  static Passbook acrossNewYear() {
    List<Passbook.Line> lines = new ArrayList<>();
    Money balance = Money.ZERO;
    Object[][] movements = {
      {LocalDate.of(2026, 10, 5), SavingsEntryKind.DEPOSIT, 1_250_50L, "ใบรับ 0012/2569"},
      {LocalDate.of(2026, 11, 2), SavingsEntryKind.SALE, 345_00L, "ORD-2611-0007"},
      {LocalDate.of(2026, 12, 31), SavingsEntryKind.INTEREST, 27_85L, "ดอกเบี้ย ธ.ค."},
      {LocalDate.of(2027, 1, 1), SavingsEntryKind.DEPOSIT, 12_000_00L, "โอน กสิกรไทย"},
      {LocalDate.of(2027, 1, 20), SavingsEntryKind.WITHDRAWAL, -300_00L, "W-0003"},
      {LocalDate.of(2027, 2, 15), SavingsEntryKind.CORRECTION, -68_00L, "แก้ไขรายการที่ผิด"},
    };
    for (Object[] movement : movements) {
      Money amount = Money.ofSatang((Long) movement[2]);
      balance = balance.plus(amount);
      lines.add(new Passbook.Line((LocalDate) movement[0], (SavingsEntryKind) movement[1], amount, balance, (String) movement[3]));
    }
    return new Passbook("10042", NAME, "Miss Somsri Jaidee", "กลุ่มน้ำผึ้งป่า ผู้ใหญ่บ้านดอยคำ", "S-10042-01",
        "ออมทรัพย์ทั่วไป", "General savings", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 20), balance, lines);
  }

  static Passbook twoHundredLines() {
    List<Passbook.Line> lines = new ArrayList<>();
    Money balance = Money.ZERO;
    LocalDate day = LocalDate.of(2026, 1, 3);
    for (int i = 0; i < 200; i++) {
      boolean out = i % 5 == 4;
      Money amount = Money.ofSatang(out ? -(20_000 + i * 7L) : 100_000 + i * 1_301L);
      balance = balance.plus(amount);
      SavingsEntryKind kind = out ? SavingsEntryKind.WITHDRAWAL : i % 3 == 0 ? SavingsEntryKind.SALE : SavingsEntryKind.DEPOSIT;
      lines.add(new Passbook.Line(day, kind, amount, balance, "R" + (10_000 + i)));
      day = day.plusDays(3);
    }
    return new Passbook("10042", NAME, "Miss Somsri Jaidee", "กลุ่มน้ำผึ้งป่า ผู้ใหญ่บ้านดอยคำ", "S-10042-01",
        "ออมทรัพย์ทั่วไป", "General savings", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 9, 30), balance, lines);
  }
}
