import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the shop's PNG app icons from the same shapes as favicon.svg (an indigo tile, a white F, a
 * gold dot), so no picture is downloaded or drawn by hand. Run once from the project's root when the
 * mark changes, and commit what it writes:
 *
 * <pre>java src/main/icons/DrawIcons.java src/main/webapp</pre>
 */
public class DrawIcons {

  private static final Color INDIGO = new Color(0x2e3a6e);
  private static final Color GOLD = new Color(0xe0a03a);

  public static void main(String[] args) throws IOException {
    File webapp = new File(args.length > 0 ? args[0] : "src/main/webapp");
    File icons = new File(webapp, "icons");
    icons.mkdirs();
    // iOS rounds the corners itself and shows transparency as black: a full square tile
    write(draw(180, false, 1.0), new File(webapp, "apple-touch-icon.png"));
    write(draw(192, true, 1.0), new File(icons, "icon-192.png"));
    write(draw(512, true, 1.0), new File(icons, "icon-512.png"));
    // Android crops a maskable icon to its own shape: full bleed, the mark inside the middle 80 % circle
    write(draw(192, false, 0.7), new File(icons, "icon-maskable-192.png"));
    write(draw(512, false, 0.7), new File(icons, "icon-maskable-512.png"));
  }

  /** The mark on a size × size tile: rounded (as the favicon) or square, the mark scaled to {@code markScale} of the tile. */
  static BufferedImage draw(int size, boolean rounded, double markScale) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(INDIGO);
    if (rounded) {
      double corner = size * 28.0 / 64; // the favicon's rx="14" on 64, as a diameter
      g.fill(new RoundRectangle2D.Double(0, 0, size, size, corner, corner));
    } else {
      g.fillRect(0, 0, size, size);
    }
    // the favicon's 64-unit drawing, scaled about the tile's centre
    double unit = size / 64.0 * markScale;
    double offset = size * (1 - markScale) / 2;
    AffineTransform toTile = new AffineTransform(unit, 0, 0, unit, offset, offset);
    Path2D letter = new Path2D.Double();
    letter.moveTo(14, 50);
    letter.lineTo(14, 14);
    letter.lineTo(40, 14);
    letter.lineTo(40, 21);
    letter.lineTo(22, 21);
    letter.lineTo(22, 29);
    letter.lineTo(37, 29);
    letter.lineTo(37, 36);
    letter.lineTo(22, 36);
    letter.lineTo(22, 50);
    letter.closePath();
    g.setColor(Color.WHITE);
    g.fill(toTile.createTransformedShape(letter));
    g.setColor(GOLD);
    g.fill(toTile.createTransformedShape(new Ellipse2D.Double(46 - 7, 44 - 7, 14, 14)));
    g.dispose();
    return image;
  }

  private static void write(BufferedImage image, File file) throws IOException {
    if (!ImageIO.write(image, "png", file)) {
      throw new IOException("no PNG writer");
    }
    System.out.println(file + " " + image.getWidth() + "x" + image.getHeight());
  }
}
