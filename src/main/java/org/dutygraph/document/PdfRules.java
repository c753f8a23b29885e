package org.dutygraph.document;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.dutygraph.document.PdfPages.Rule;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/** The straight rules a page draws: stroked lines and the edges of stroked boxes, and thin filled boxes. */
final class PdfRules extends PDFGraphicsStreamEngine {
    static final float THIN = 2.5f;
    final List<Rule> horizontal = new ArrayList<>();
    final List<Rule> vertical = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final PDRectangle box;

    PdfRules(PDPage page) {
        super(page);
        box = page.getCropBox();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(new ArrayList<>(List.of(p0, p1, p2, p3, p0)));
    }

    @Override
    public void moveTo(float x, float y) {
        subpaths.add(new ArrayList<>(List.of(new Point2D.Float(x, y))));
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(x, y);
        } else {
            subpaths.getLast().add(new Point2D.Float(x, y));
        }
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return subpaths.isEmpty() || subpaths.getLast().isEmpty() ? new Point2D.Float() : subpaths.getLast().getLast();
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty() && !subpaths.getLast().isEmpty()) {
            subpaths.getLast().add(subpaths.getLast().getFirst());
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                segment(path.get(i - 1), path.get(i));
            }
        }
        subpaths.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D> path : subpaths) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Point2D p : path) {
                minX = Math.min(minX, p.getX());
                maxX = Math.max(maxX, p.getX());
                minY = Math.min(minY, p.getY());
                maxY = Math.max(maxY, p.getY());
            }
            if (maxY - minY <= THIN && maxX - minX > THIN) {
                segment(new Point2D.Double(minX, (minY + maxY) / 2), new Point2D.Double(maxX, (minY + maxY) / 2));
            } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                segment(new Point2D.Double((minX + maxX) / 2, minY), new Point2D.Double((minX + maxX) / 2, maxY));
            }
        }
        subpaths.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D>> paths = new ArrayList<>(subpaths);
        fillPath(windingRule);
        subpaths.addAll(paths);
        strokePath();
    }

    private void segment(Point2D a, Point2D b) {
        float ax = (float) a.getX() - box.getLowerLeftX(), bx = (float) b.getX() - box.getLowerLeftX();
        float ay = box.getUpperRightY() - (float) a.getY(), by = box.getUpperRightY() - (float) b.getY();
        if (Math.abs(ay - by) <= 1 && Math.abs(ax - bx) > THIN) {
            horizontal.add(new Rule((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) <= 1 && Math.abs(ay - by) > THIN) {
            vertical.add(new Rule((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }

    @Override
    protected void showType3Glyph(org.apache.pdfbox.util.Matrix matrix, org.apache.pdfbox.pdmodel.font.PDType3Font font,
                                  int code, org.apache.pdfbox.util.Vector displacement) {
        // a Type 3 glyph is drawn with paths (Chromium's PDFs draw CJK text so): letters, not rules
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
