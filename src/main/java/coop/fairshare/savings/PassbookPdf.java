package coop.fairshare.savings;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BuddhistDate;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.Texts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A savings account's passbook as an A4 PDF a member can keep or print: the cooperative's name in
 * Thai and English, who she is and which account, then every line with its value date, what it was,
 * the money in or out and the balance after it, and the closing balance. Dates are in the Buddhist
 * era in both languages. The table's header is repeated on every page, and each page's foot names
 * the member and the account, so a loose page still says whose it is.
 *
 * <p>Thai is drawn with a TLWG font shipped in the WAR (never one installed on the machine), shaped
 * by OpenPDF's {@link LayoutProcessor} so tone marks and upper and lower vowels sit on their letters,
 * and written with its text alongside ("ActualText"), so copying or searching gives the Thai back.
 * No database: the caller builds the {@link Passbook}.
 */
@ApplicationScoped
public class PassbookPdf {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");
  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Color HEADER_SHADE = new Color(0xE4, 0xE4, 0xE4);
  private static final Color ROW_SHADE = new Color(0xF5, 0xF5, 0xF5);
  /**
   * Value date, what, in, out, balance after, reference: a date ("28 Sep 2569 BE") on one line, in and
   * out up to ฿9,999,999.99 and the balance up to ฿99,999,999.99 without wrapping (Loma 10 pt). In
   * thousandths of the width (whole numbers: no field of this code base is floating-point).
   */
  private static final int[] COLUMNS = {175, 180, 145, 145, 150, 205};

  private static final Logger LOG = Logger.getLogger(PassbookPdf.class.getName());

  @Resource
  private ManagedExecutorService executor;

  /**
   * Switches the LayoutProcessor on and loads the fonts while the application starts (about a
   * second), in the background, so the first member to download her passbook does not wait for it.
   * Should a render come first, it simply waits for the same one loading.
   */
  void loadFontsAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    executor.execute(() -> {
      try {
        Fonts.ready();
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.SEVERE, "the passbook's fonts could not be loaded: passbooks cannot be printed", e);
      }
    });
  }

  /** The passbook in the reader's language (Thai unless she reads English). */
  public byte[] render(Passbook passbook, Locale locale) {
    Locale reader = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : THAI;
    Fonts fonts = Fonts.ready();
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024 + passbook.lines().size() * 200);
    Document document = new Document(PageSize.A4, 42f, 42f, 40f, 56f);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new PageFoot(passbook, reader, fonts));
      // screen readers and hyphenation pick the document's language from the catalogue
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(reader.getLanguage()));
      String coopTh = Texts.text(THAI, "savings.passbook.coopName");
      document.addTitle(Texts.text(reader, "savings.passbook.title") + " " + passbook.accountNumber());
      document.addAuthor(coopTh);
      document.addSubject(passbook.memberNameTh());
      document.addCreator("Fairshare");
      document.open();

      head(document, passbook, reader, fonts, coopTh);
      document.add(lines(passbook, reader, fonts));
    } catch (DocumentException e) {
      throw new IllegalStateException("the passbook of account " + passbook.accountNumber() + " could not be laid out", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    return out.toByteArray();
  }

  private static void head(Document document, Passbook passbook, Locale reader, Fonts fonts, String coopTh) throws DocumentException {
    Paragraph coop = new Paragraph(coopTh, fonts.title);
    coop.setAlignment(Element.ALIGN_CENTER);
    document.add(coop);
    Paragraph coopEn = new Paragraph(Texts.text(Locale.ENGLISH, "savings.passbook.coopName"), fonts.normal);
    coopEn.setAlignment(Element.ALIGN_CENTER);
    document.add(coopEn);
    Paragraph title = new Paragraph(Texts.text(reader, "savings.passbook.title"), fonts.heading);
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingBefore(6f);
    title.setSpacingAfter(8f);
    document.add(title);

    PdfPTable who = new PdfPTable(new float[] {18f, 32f, 18f, 32f});
    who.setWidthPercentage(100f);
    String name = passbook.memberNameTh();
    if (passbook.memberNameEn() != null && !passbook.memberNameEn().isBlank()) {
      name += "\n" + passbook.memberNameEn();
    }
    fact(who, fonts, Texts.text(reader, "savings.passbook.member"), name);
    fact(who, fonts, Texts.text(reader, "savings.passbook.memberNumber"), passbook.memberNumber());
    fact(who, fonts, Texts.text(reader, "savings.passbook.group"), passbook.groupName());
    fact(who, fonts, Texts.text(reader, "savings.passbook.account"), passbook.accountNumber());
    fact(who, fonts, Texts.text(reader, "savings.passbook.product"), Bilingual.pick(reader, passbook.productNameTh(), passbook.productNameEn()));
    fact(who, fonts, Texts.text(reader, "savings.passbook.openedOn"), BuddhistDate.format(passbook.openedOn(), reader));
    fact(who, fonts, Texts.text(reader, "savings.passbook.printedOn"), BuddhistDate.format(passbook.printedOn(), reader));
    fact(who, fonts, Texts.text(reader, "savings.passbook.balance"), passbook.balance() == null ? "" : passbook.balance().format(reader));
    who.setSpacingAfter(10f);
    document.add(who);
  }

  private static void fact(PdfPTable table, Fonts fonts, String label, String value) {
    PdfPCell labelCell = new PdfPCell(new Phrase(label, fonts.label));
    PdfPCell valueCell = new PdfPCell(new Phrase(value == null ? "" : value, fonts.normalBold));
    for (PdfPCell cell : new PdfPCell[] {labelCell, valueCell}) {
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(2f);
      cell.setPaddingBottom(4f);
      table.addCell(cell);
    }
  }

  private static PdfPTable lines(Passbook passbook, Locale reader, Fonts fonts) throws DocumentException {
    float[] widths = new float[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      widths[i] = COLUMNS[i];
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    table.setSplitLate(false);
    String[] heads = {"valueDate", "what", "in", "out", "balanceAfter", "reference"};
    for (int i = 0; i < heads.length; i++) {
      String head = Texts.text(reader, "savings.passbook." + heads[i]);
      PdfPCell cell = i == 5 ? reference(head, fonts.tableHead) : cell(head, fonts.tableHead, i >= 2 && i <= 4);
      cell.setBackgroundColor(HEADER_SHADE);
      cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
      cell.setBorderColor(Color.BLACK);
      table.addCell(cell);
    }
    if (passbook.lines().isEmpty()) {
      PdfPCell none = cell(Texts.text(reader, "savings.passbook.noLines"), fonts.table, false);
      none.setColspan(COLUMNS.length);
      table.addCell(none);
    }
    boolean shaded = false;
    for (Passbook.Line line : passbook.lines()) {
      boolean in = !line.amount().isNegative();
      String amount = (in ? line.amount() : Money.ZERO.minus(line.amount())).format(reader);
      PdfPCell[] row = {
        cell(BuddhistDate.format(line.valueDate(), reader), fonts.table, false),
        cell(Texts.text(reader, "savings.kind." + line.kind().name()), fonts.table, false),
        cell(in ? amount : "", fonts.table, true),
        cell(in ? "" : amount, fonts.table, true),
        cell(line.balance().format(reader), fonts.table, true),
        reference(line.reference() == null ? "" : line.reference(), fonts.table)
      };
      for (PdfPCell cell : row) {
        if (shaded) {
          cell.setBackgroundColor(ROW_SHADE); // every other row, so a printed line is easy to follow
        }
        table.addCell(cell);
      }
      shaded = !shaded;
    }
    closing(table, passbook, reader, fonts);
    return table;
  }

  /**
   * The closing balance as the table's last row, so it follows the last line and never stands alone
   * on a page without the table's header.
   */
  private static void closing(PdfPTable table, Passbook passbook, Locale reader, Fonts fonts) {
    PdfPCell label = cell(Texts.text(reader, "savings.passbook.closingBalance"), fonts.tableHead, true);
    label.setColspan(4);
    PdfPCell value = cell(passbook.balance() == null ? "" : passbook.balance().format(reader), fonts.tableHead, true);
    PdfPCell after = cell("", fonts.tableHead, false);
    for (PdfPCell cell : new PdfPCell[] {label, value, after}) {
      cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
      cell.setBorderColor(Color.BLACK);
      cell.setBorderWidthTop(0.8f);
      cell.setBorderWidthBottom(0.8f);
      cell.setPaddingTop(4f);
      cell.setPaddingBottom(6f);
      table.addCell(cell);
    }
  }

  /** The reference stands clear of the balance before it, whose figures end at its cell's edge. */
  private static PdfPCell reference(String text, Font font) {
    PdfPCell cell = cell(text, font, false);
    cell.setPaddingLeft(10f);
    return cell;
  }

  private static PdfPCell cell(String text, Font font, boolean amount) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.4f);
    cell.setPaddingTop(2.5f);
    cell.setPaddingBottom(4.5f);
    cell.setPaddingLeft(3f);
    cell.setPaddingRight(3f);
    cell.setHorizontalAlignment(amount ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return cell;
  }

  /** Each page's foot: whose passbook, which account, printed when, and "page 2 of 5". */
  private static final class PageFoot extends PdfPageEventHelper {

    private final Fonts fonts;
    private final Locale reader;
    private final String whose;
    private PdfTemplate total;

    PageFoot(Passbook passbook, Locale reader, Fonts fonts) {
      this.fonts = fonts;
      this.reader = reader;
      this.whose = Texts.text(reader, "savings.passbook.foot", passbook.memberNumber(), passbook.accountNumber(),
          BuddhistDate.format(passbook.printedOn(), reader));
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(36f, 14f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottomMargin() - 26f;
      canvas.saveState();
      canvas.setColorStroke(RULE);
      canvas.setLineWidth(0.4f);
      canvas.moveTo(document.left(), y + 12f);
      canvas.lineTo(document.right(), y + 12f);
      canvas.stroke();
      canvas.restoreState();
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(whose, fonts.foot), document.left(), y, 0f);
      // "page 2 of" now, the total into a template once the last page is known
      float right = document.right() - 20f;
      String page = Texts.text(reader, "savings.passbook.pageOf", String.valueOf(writer.getPageNumber())) + " ";
      ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(page, fonts.foot), right, y, 0f);
      canvas.addTemplate(total, right + 2.5f, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      String pages = String.valueOf(writer.getPageNumber() - 1);
      ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(pages, fonts.foot), 0f, 0f, 0f);
    }
  }

  /**
   * The shipped fonts, loaded once per JVM (per deployment: OpenPDF lives in the WAR) when a passbook
   * is first rendered. The JVM runs a class's initialiser exactly once, under a lock, before any thread
   * sees its fields, so threads rendering at once neither load twice nor see a half-set
   * {@link LayoutProcessor}, whose settings are plain static fields. Each instance of a cluster loads
   * its own; nothing is shared between them. The base fonts must stay the same objects: the
   * LayoutProcessor keeps a shaping font per BaseFont, so a font made per document would pile up.
   */
  private static final class Fonts {

    static final Fonts INSTANCE = new Fonts();

    /** Loads the fonts, once: the first call runs this class's initialiser. */
    static Fonts ready() {
      return INSTANCE;
    }

    final Font title;
    final Font heading;
    final Font normal;
    final Font normalBold;
    final Font label;
    final Font tableHead;
    final Font table;
    final Font foot;

    private Fonts() {
      if (!LayoutProcessor.isEnabled()) {
        LayoutProcessor.enable();
      }
      // the text beside the shaped glyphs, so copying, searching and pdftotext give the Thai back
      LayoutProcessor.setWriteActualText();
      BaseFont regular = load("Loma.ttf");
      BaseFont bold = load("Loma-Bold.ttf");
      title = new Font(bold, 15f);
      heading = new Font(bold, 12f);
      normal = new Font(regular, 10.5f);
      normalBold = new Font(bold, 10.5f);
      label = new Font(regular, 10f, Font.NORMAL, new Color(0x44, 0x44, 0x44));
      tableHead = new Font(bold, 10f);
      table = new Font(regular, 10f);
      foot = new Font(regular, 8.5f, Font.NORMAL, new Color(0x44, 0x44, 0x44));
    }

    private static BaseFont load(String file) {
      String resource = "coop/fairshare/savings/fonts/" + file;
      URL url = PassbookPdf.class.getClassLoader().getResource(resource);
      if (url == null) {
        throw new IllegalStateException("the passbook's font " + resource + " is missing from the application");
      }
      try (InputStream in = url.openStream()) {
        // OpenPDF parses the bytes; its LayoutProcessor reads the same file or jar entry again by this
        // name for the shaping font (a bare file name would be looked for in the working directory)
        String where = url.toExternalForm();
        String name = where.startsWith("file:/") || where.startsWith("jar:") ? where : resource;
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        if (!LayoutProcessor.supportsFont(font)) {
          throw new IllegalStateException("Thai cannot be shaped with " + resource);
        }
        return font;
      } catch (IOException e) {
        throw new UncheckedIOException("the passbook's font " + resource + " could not be read", e);
      }
    }
  }
}
