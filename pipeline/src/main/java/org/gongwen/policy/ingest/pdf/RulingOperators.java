package org.gongwen.policy.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;

/**
 * The graphics operators a text engine lacks, feeding a {@link RuleRecorder}: path construction
 * ({@code m l c v y re h}), painting ({@code S s f F f* B B* b b* n}), colour (so white paint is known),
 * images ({@code Do}, {@code BI}) and form XObjects ({@code Do}). Added to the glyph pass
 * ({@link GlyphCollector}) they let one content-stream pass per page give both the glyphs and the rules,
 * instead of a second pass by {@link RuleCollector}.
 *
 * <p>Each processor does what PDFBox's graphics operator of the same name does (operand checks,
 * {@link MissingOperandException}, a line or curve without a current point starting one, {@code s} and
 * {@code b} as close-then-paint, images only counted when their colour counts) and calls the recorder
 * where {@link RuleCollector} is called back, so both engines record the same rules; a test holds them
 * equal on real PDFs.
 */
final class RulingOperators {

  private static final Log LOG = LogFactory.getLog(RulingOperators.class);
  /** PDFBox's limit of nested form XObjects. */
  private static final int MAX_FORM_DEPTH = 50;

  private RulingOperators() {}

  /** The processors for {@code engine}, recording into {@code recorder}. */
  static List<OperatorProcessor> of(PDFStreamEngine engine, RuleRecorder recorder) {
    return List.of(
        new Path(engine, OperatorName.APPEND_RECT, (op, args) -> {
          if (args.size() < 4) {
            throw new MissingOperandException(op, args);
          }
          if (!numbers(args)) {
            return;
          }
          float x1 = number(args, 0);
          float y1 = number(args, 1);
          float x2 = number(args, 2) + x1;
          float y2 = number(args, 3) + y1;
          recorder.appendRectangle(engine.transformedPoint(x1, y1), engine.transformedPoint(x2, y1),
              engine.transformedPoint(x2, y2), engine.transformedPoint(x1, y2));
        }),
        new Path(engine, OperatorName.MOVE_TO, (op, args) -> {
          Point2D.Float p = point(engine, op, args);
          if (p != null) {
            recorder.moveTo(p.x, p.y);
          }
        }),
        new Path(engine, OperatorName.LINE_TO, (op, args) -> {
          Point2D.Float p = point(engine, op, args);
          if (p == null) {
            return;
          }
          if (recorder.currentPoint() == null) {
            recorder.moveTo(p.x, p.y);
          } else {
            recorder.lineTo(p.x, p.y);
          }
        }),
        new Path(engine, OperatorName.CURVE_TO, (op, args) -> curve(engine, recorder, op, args, 6)),
        new Path(engine, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT,
            (op, args) -> curve(engine, recorder, op, args, 4)),
        new Path(engine, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
            (op, args) -> curve(engine, recorder, op, args, 4)),
        new Path(engine, OperatorName.CLOSE_PATH, (op, args) -> {
          if (recorder.currentPoint() != null) {
            recorder.closePath();
          }
        }),
        new Path(engine, OperatorName.ENDPATH, (op, args) -> recorder.endPath()),
        new Path(engine, OperatorName.STROKE_PATH, (op, args) -> recorder.paint(stroking(engine))),
        new Path(engine, OperatorName.CLOSE_AND_STROKE, (op, args) -> {
          engine.processOperator(OperatorName.CLOSE_PATH, args);
          engine.processOperator(OperatorName.STROKE_PATH, args);
        }),
        new Path(engine, OperatorName.FILL_NON_ZERO, (op, args) -> recorder.paint(nonStroking(engine))),
        new Path(engine, OperatorName.LEGACY_FILL_NON_ZERO, (op, args) -> recorder.paint(nonStroking(engine))),
        new Path(engine, OperatorName.FILL_EVEN_ODD, (op, args) -> recorder.paint(nonStroking(engine))),
        new Path(engine, OperatorName.FILL_NON_ZERO_AND_STROKE,
            (op, args) -> recorder.paint(stroking(engine) || nonStroking(engine))),
        new Path(engine, OperatorName.FILL_EVEN_ODD_AND_STROKE,
            (op, args) -> recorder.paint(stroking(engine) || nonStroking(engine))),
        new Path(engine, OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, (op, args) -> {
          engine.processOperator(OperatorName.CLOSE_PATH, args);
          engine.processOperator(OperatorName.FILL_NON_ZERO_AND_STROKE, args);
        }),
        new Path(engine, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE, (op, args) -> {
          engine.processOperator(OperatorName.CLOSE_PATH, args);
          engine.processOperator(OperatorName.FILL_EVEN_ODD_AND_STROKE, args);
        }),
        new Path(engine, OperatorName.DRAW_OBJECT, (op, args) -> drawObject(engine, recorder, op, args)),
        new Path(engine, OperatorName.BEGIN_INLINE_IMAGE, (op, args) -> {
          if (op.getImageData() == null || op.getImageData().length == 0) {
            return;
          }
          PDImage image = new PDInlineImage(op.getImageParameters(), op.getImageData(), engine.getResources());
          if (!image.isEmpty()) {
            image(engine, recorder, image);
          }
        }),
        new SetStrokingColorSpace(engine),
        new SetNonStrokingColorSpace(engine),
        new SetStrokingDeviceGrayColor(engine),
        new SetNonStrokingDeviceGrayColor(engine),
        new SetStrokingDeviceRGBColor(engine),
        new SetNonStrokingDeviceRGBColor(engine),
        new SetStrokingDeviceCMYKColor(engine),
        new SetNonStrokingDeviceCMYKColor(engine),
        new SetStrokingColor(engine),
        new SetNonStrokingColor(engine),
        new SetStrokingColorN(engine),
        new SetNonStrokingColorN(engine));
  }

  /** The operand pair of {@code m} or {@code l} in user space, or null when the operands are no numbers. */
  private static Point2D.Float point(PDFStreamEngine engine, Operator op, List<COSBase> args)
      throws MissingOperandException {
    if (args.size() < 2) {
      throw new MissingOperandException(op, args);
    }
    if (!(args.get(0) instanceof COSNumber) || !(args.get(1) instanceof COSNumber)) {
      return null;
    }
    return engine.transformedPoint(number(args, 0), number(args, 1));
  }

  /** {@code c}, {@code v} and {@code y}: only the end point (the last two operands) matters for rules. */
  private static void curve(PDFStreamEngine engine, RuleRecorder recorder, Operator op, List<COSBase> args,
      int operands) throws MissingOperandException {
    if (args.size() < operands) {
      throw new MissingOperandException(op, args);
    }
    if (!numbers(args)) {
      return;
    }
    Point2D.Float end = engine.transformedPoint(number(args, operands - 2), number(args, operands - 1));
    if (recorder.currentPoint() == null) {
      recorder.moveTo(end.x, end.y);
    } else {
      recorder.curveTo(end.x, end.y);
    }
  }

  /** {@code Do}: an image counts its area, a form is run (its paths and text are part of the page). */
  private static void drawObject(PDFStreamEngine engine, RuleRecorder recorder, Operator op, List<COSBase> args)
      throws IOException {
    if (args.isEmpty()) {
      throw new MissingOperandException(op, args);
    }
    if (!(args.get(0) instanceof COSName name)) {
      return;
    }
    PDXObject xobject = engine.getResources().getXObject(name);
    if (xobject == null) {
      throw new MissingResourceException("Missing XObject: " + name.getName());
    } else if (xobject instanceof PDImageXObject image) {
      image(engine, recorder, image);
    } else if (xobject instanceof PDFormXObject form) {
      try {
        engine.increaseLevel();
        if (engine.getLevel() > MAX_FORM_DEPTH) {
          LOG.error("recursion is too deep, skipping form XObject");
          return;
        }
        if (form instanceof PDTransparencyGroup group) {
          engine.showTransparencyGroup(group);
        } else {
          engine.showForm(form);
        }
      } finally {
        engine.decreaseLevel();
      }
    }
  }

  /** An image counts unless it is a coloured image where colour is ignored (a Type 3 {@code d1} glyph). */
  private static void image(PDFStreamEngine engine, RuleRecorder recorder, PDImage image) {
    if (image.isStencil() || engine.isShouldProcessColorOperators()) {
      recorder.image(engine.getGraphicsState().getCurrentTransformationMatrix());
    }
  }

  private static boolean stroking(PDFStreamEngine engine) {
    return RuleCollector.visible(engine.getGraphicsState().getStrokingColor());
  }

  private static boolean nonStroking(PDFStreamEngine engine) {
    return RuleCollector.visible(engine.getGraphicsState().getNonStrokingColor());
  }

  private static boolean numbers(List<COSBase> args) {
    for (COSBase arg : args) {
      if (!(arg instanceof COSNumber)) {
        return false;
      }
    }
    return true;
  }

  private static float number(List<COSBase> args, int i) {
    return ((COSNumber) args.get(i)).floatValue();
  }

  /** What one operator does with its operands. */
  @FunctionalInterface
  private interface Body {
    void run(Operator operator, List<COSBase> operands) throws IOException;
  }

  /** One named operator whose work is a {@link Body}. */
  private static final class Path extends OperatorProcessor {
    private final String name;
    private final Body body;

    Path(PDFStreamEngine engine, String name, Body body) {
      super(engine);
      this.name = name;
      this.body = body;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
      body.run(operator, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
