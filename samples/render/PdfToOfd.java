import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongwen.policy.ingest.pdf.Glyph;
import org.gongwen.policy.ingest.pdf.GlyphCollector;
import org.gongwen.policy.ingest.pdf.PageFrame;
import org.gongwen.policy.ingest.pdf.Rule;
import org.gongwen.policy.ingest.pdf.RuleCollector;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.Type;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.pkg.container.DocDir;
import org.ofdrw.pkg.container.OFDDir;
import org.ofdrw.pkg.container.PageDir;

/**
 * Renders a PDF as an OFD that keeps its text as text: every page becomes an OFD page of the same size,
 * each run of glyphs on one baseline a {@code TextObject} (a {@code TextCode} at the run's first glyph,
 * {@code DeltaX} the PDF's own advances, so justification and spacing are as printed), and every visible
 * axis-parallel line (table rulings, the red rule under the 发文字号) a stroked {@code PathObject}.
 *
 * <p>Why not ofdrw's {@code PDFConverter}: it paints the PDF through Graphics2D, so every glyph becomes a
 * path outline and the OFD holds no text (0 TextObjects on page 1 of a sample). Glyphs and lines come
 * from the pipeline's own PDF reader classes ({@code GlyphCollector}, {@code RuleCollector}); the OFD
 * package is written with ofdrw's core and pkg modules. Images, curves and colours are not carried.
 *
 * <p>Run (see README.md): {@code java -cp "$CP" samples/render/PdfToOfd.java in.pdf out.ofd}.
 */
public final class PdfToOfd {

  private static final double MM_PER_PT = 25.4 / 72.0;
  private static final long FONT_ID = 1;
  /** Margin (mm) around a rule inside its boundary, so that the stroke is not clipped. */
  private static final double PAD = 0.5;

  private long nextId = FONT_ID;

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PdfToOfd in.pdf out.ofd");
      System.exit(2);
    }
    new PdfToOfd().convert(Path.of(args[0]), Path.of(args[1]));
  }

  void convert(Path pdf, Path ofdFile) throws Exception {
    byte[] bytes = Files.readAllBytes(pdf);
    OFDDir ofdDir = OFDDir.newOFD();
    CT_DocInfo info = new CT_DocInfo()
        .setDocID(UUID.nameUUIDFromBytes(bytes))
        .setCreator("samples/render/PdfToOfd.java");
    ofdDir.setOfd(new OFD().addDocBody(new DocBody().setDocInfo(info).setDocRoot(new ST_Loc("Doc_0/Document.xml"))));
    DocDir docDir = ofdDir.newDoc();
    Res publicRes = new Res().setBaseLoc(new ST_Loc("Res"));
    publicRes.addResource(new Fonts().addFont(new CT_Font("宋体").setFamilyName("宋体").setID(FONT_ID)));
    docDir.setPublicRes(publicRes);
    Pages pages = new Pages();
    CT_CommonData common = new CT_CommonData()
        .setPageArea(new CT_PageArea().setPhysicalBox(0, 0, 210, 297))
        .setPublicRes(new ST_Loc("PublicRes.xml"));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      GlyphCollector collector = new GlyphCollector();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        PDPage pdfPage = document.getPage(i);
        PageFrame frame = PageFrame.of(pdfPage);
        boolean turned = frame.rotation() == 90 || frame.rotation() == 270;
        double width = mm(turned ? frame.height() : frame.width());
        double height = mm(frame.displayHeight());
        CT_Layer layer = new CT_Layer().setType(Type.Body);
        layer.setObjID(new ST_ID(++nextId));
        for (Rule r : RuleCollector.collect(pdfPage)) {
          layer.addPageBlock(path(r));
        }
        for (List<Glyph> run : runs(collector.glyphs(document, i + 1))) {
          layer.addPageBlock(text(run));
        }
        Page page = new Page().setArea(new CT_PageArea().setPhysicalBox(0, 0, round(width), round(height)));
        page.setContent(new Content().addLayer(layer));
        PageDir pageDir = docDir.obtainPages().newPageDir();
        pageDir.setContent(page);
        pages.addPage(new org.ofdrw.core.basicStructure.pageTree.Page(
            ++nextId, "Pages/Page_" + pageDir.getIndex() + "/Content.xml"));
      }
    }
    common.setMaxUnitID(nextId);
    docDir.setDocument(new Document().setCommonData(common).setPages(pages));
    Files.deleteIfExists(ofdFile);
    ofdDir.jar(ofdFile.toAbsolutePath());
  }

  /**
   * Consecutive glyphs (content order) on one baseline, in one size, left to right. A glyph that stands
   * for several characters (a ligature, or a dash drawn as one glyph for {@code ——}) is split into one
   * character each, sharing its width, because a {@code TextCode} places characters, not glyphs.
   */
  static List<List<Glyph>> runs(List<Glyph> glyphs) {
    List<List<Glyph>> out = new ArrayList<>();
    List<Glyph> run = new ArrayList<>();
    for (Glyph g : characters(glyphs)) {
      if (!run.isEmpty()) {
        Glyph last = run.get(run.size() - 1);
        boolean same = Math.abs(g.baseline() - last.baseline()) < 0.01f
            && Math.abs(g.size() - last.size()) < 0.01f
            && g.x() >= last.x();
        if (!same) {
          out.add(run);
          run = new ArrayList<>();
        }
      }
      run.add(g);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static List<Glyph> characters(List<Glyph> glyphs) {
    List<Glyph> out = new ArrayList<>();
    for (Glyph g : glyphs) {
      int[] cps = g.text().codePoints().toArray();
      float share = g.width() / Math.max(1, cps.length);
      for (int k = 0; k < cps.length; k++) {
        out.add(new Glyph(new String(Character.toChars(cps[k])), g.x() + k * share, g.baseline(), share, g.size()));
      }
    }
    return out;
  }

  private TextObject text(List<Glyph> run) {
    Glyph first = run.get(0);
    Glyph last = run.get(run.size() - 1);
    double size = first.size();
    double left = first.x();
    double top = first.baseline() - size;
    double width = Math.max(size, last.x() + last.width() - left);
    StringBuilder chars = new StringBuilder();
    List<String> deltas = new ArrayList<>();
    for (int k = 0; k < run.size(); k++) {
      Glyph g = run.get(k);
      chars.append(g.text());
      if (k + 1 < run.size()) {
        deltas.add(fmt(mm(run.get(k + 1).x() - g.x())));
      }
    }
    TextCode code = new TextCode().setContent(chars.toString());
    code.setX(0d);
    code.setY(round(mm(size)));
    if (!deltas.isEmpty()) {
      code.setDeltaX(new ST_Array((java.io.Serializable[]) deltas.toArray(new String[0])));
    }
    TextObject t = new CT_Text().toObj(new ST_ID(++nextId));
    t.setBoundary(round(mm(left)), round(mm(top)), round(mm(width)), round(mm(size * 1.3)));
    t.setFont(FONT_ID);
    t.setSize(round(mm(size)));
    t.addTextCode(code);
    return t;
  }

  private PathObject path(Rule r) {
    double x0 = r.horizontal() ? r.from() : r.at();
    double y0 = r.horizontal() ? r.at() : r.from();
    double dx = r.horizontal() ? r.to() - r.from() : 0;
    double dy = r.horizontal() ? 0 : r.to() - r.from();
    AbbreviatedData data = new AbbreviatedData().M(PAD, PAD).L(round(mm(dx) + PAD), round(mm(dy) + PAD));
    PathObject p = new CT_Path().toObj(new ST_ID(++nextId));
    p.setBoundary(round(mm(x0) - PAD), round(mm(y0) - PAD), round(mm(dx) + 2 * PAD), round(mm(dy) + 2 * PAD));
    p.setStroke(true);
    p.setFill(false);
    p.setLineWidth(0.25);
    p.setAbbreviatedData(data);
    return p;
  }

  private static double mm(double points) {
    return points * MM_PER_PT;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
