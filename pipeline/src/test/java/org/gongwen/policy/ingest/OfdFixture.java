package org.gongwen.policy.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Writes small OFD files for tests with ofdrw's core and pkg modules: A4 pages (millimetres, origin top
 * left) holding text objects (one {@code TextCode} per line of text, every character one em apart, as a
 * CJK typesetter places them) and path objects (stroked lines, boxes as closed paths, thin filled bars).
 */
final class OfdFixture {

  private final List<CT_Layer> pages = new ArrayList<>();
  private long nextId = 1;

  /** Starts a new page; later objects go on it. */
  OfdFixture page() {
    CT_Layer layer = new CT_Layer().setType(Type.Body);
    layer.setObjID(new ST_ID(++nextId));
    pages.add(layer);
    return this;
  }

  /** A line of text with its first character's left edge at {@code x} and its baseline at {@code y}. */
  OfdFixture text(double x, double y, double size, String text) {
    TextObject t = new CT_Text().toObj(new ST_ID(++nextId));
    t.setBoundary(x, y - size, size * text.length(), size * 1.3);
    t.setFont(1L);
    t.setSize(size);
    TextCode code = new TextCode().setContent(text);
    code.setX(0d);
    code.setY(size);
    if (text.length() > 1) {
      Double[] deltas = new Double[text.length() - 1];
      java.util.Arrays.fill(deltas, size);
      code.setDeltaX(deltas);
    }
    t.addTextCode(code);
    layer().addPageBlock(t);
    return this;
  }

  /** A stroked straight line. */
  OfdFixture line(double x1, double y1, double x2, double y2) {
    return path(Math.min(x1, x2), Math.min(y1, y2), true, false,
        new AbbreviatedData().M(x1 - Math.min(x1, x2), y1 - Math.min(y1, y2))
            .L(x2 - Math.min(x1, x2), y2 - Math.min(y1, y2)));
  }

  /** A stroked box, drawn as one closed path. */
  OfdFixture box(double x, double y, double w, double h) {
    return path(x, y, true, false, new AbbreviatedData().M(0, 0).L(w, 0).L(w, h).L(0, h).C());
  }

  /** A filled bar {@code thickness} mm thick from (x, y) to the right, no stroke: a rule as word processors paint it. */
  OfdFixture bar(double x, double y, double length, double thickness) {
    return path(x, y, false, true,
        new AbbreviatedData().M(0, 0).L(length, 0).L(length, thickness).L(0, thickness).C());
  }

  private OfdFixture path(double x, double y, boolean stroke, boolean fill, AbbreviatedData data) {
    PathObject p = new CT_Path().toObj(new ST_ID(++nextId));
    p.setBoundary(x, y, 200, 200);
    p.setStroke(stroke);
    p.setFill(fill);
    p.setLineWidth(0.25);
    p.setAbbreviatedData(data);
    layer().addPageBlock(p);
    return this;
  }

  private CT_Layer layer() {
    if (pages.isEmpty()) {
      page();
    }
    return pages.get(pages.size() - 1);
  }

  void write(Path file) throws IOException {
    OFDDir ofdDir = OFDDir.newOFD();
    ofdDir.setOfd(new OFD().addDocBody(new DocBody()
        .setDocInfo(new CT_DocInfo().randomDocID()).setDocRoot(new ST_Loc("Doc_0/Document.xml"))));
    DocDir docDir = ofdDir.newDoc();
    Res publicRes = new Res().setBaseLoc(new ST_Loc("Res"));
    publicRes.addResource(new Fonts().addFont(new CT_Font("宋体").setFamilyName("宋体").setID(1)));
    docDir.setPublicRes(publicRes);
    Pages tree = new Pages();
    for (CT_Layer layer : pages) {
      Page page = new Page();
      page.setContent(new Content().addLayer(layer));
      PageDir dir = docDir.obtainPages().newPageDir();
      dir.setContent(page);
      tree.addPage(new org.ofdrw.core.basicStructure.pageTree.Page(
          ++nextId, "Pages/Page_" + dir.getIndex() + "/Content.xml"));
    }
    CT_CommonData common = new CT_CommonData()
        .setPageArea(new CT_PageArea().setPhysicalBox(0, 0, 210, 297))
        .setPublicRes(new ST_Loc("PublicRes.xml"))
        .setMaxUnitID(nextId);
    docDir.setDocument(new Document().setCommonData(common).setPages(tree));
    ofdDir.jar(file.toAbsolutePath());
  }
}
