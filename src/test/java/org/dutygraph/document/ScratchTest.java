package org.dutygraph.document;

import org.dutygraph.parser.DocumentParser;
import org.dutygraph.support.ChromiumPdf;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

class ScratchTest {
    void measure(String name, byte[] pdf, DocumentFilesTest.LongTable t) {
        String text = DocumentFiles.text(pdf, "x.pdf");
        Set<String> got = DocumentFilesTest.triples(DocumentParser.parse(text));
        Set<String> truth = DocumentFilesTest.triples(DocumentParser.parse(t.text()));
        Set<String> tp = new HashSet<>(got); tp.retainAll(truth);
        System.out.printf("MEASURE %s: truth %d got %d correct %d P=%.3f R=%.3f%n", name, truth.size(), got.size(), tp.size(),
                got.isEmpty() ? 0 : tp.size() / (double) got.size(), tp.size() / (double) truth.size());
        Set<String> fp = new HashSet<>(got); fp.removeAll(truth); Set<String> fn = new HashSet<>(truth); fn.removeAll(got);
        System.out.println("  wrong " + fp + " missed " + fn);
        if (name.equals("unruled-middle")) text.lines().filter(l -> l.startsWith("1") || l.startsWith("2")).forEach(l -> System.out.println("  " + l.replace("开展入河排污口排查整治，建立排污口名录，实施分类整治，规范设置标识牌，加强日常监管，", "")));
    }

    @Test
    void dump() throws Exception {
        var t = new DocumentFilesTest.LongTable(24);
        measure("ruled-middle-merged", ChromiumPdf.print(t.html("td:nth-child(2){width:40%}")), t);
        measure("unruled-top", ChromiumPdf.print(t.html("td{border:none;vertical-align:top}", false)), t);
        measure("unruled-middle", ChromiumPdf.print(t.html("td{border:none;vertical-align:middle}", false)), t);
        measure("unruled-middle-merged", ChromiumPdf.print(t.html("td{border:none;vertical-align:middle}", true)), t);
        measure("three-line", ChromiumPdf.print(t.html("td{border:none} table{border-top:2px solid #000;border-bottom:2px solid #000} thead td{border-bottom:1px solid #000}", false)), t);
        byte[] pdf = ChromiumPdf.print(t.html("", false));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf); var out = new java.io.ByteArrayOutputStream()) {
            doc.getPages().forEach(p -> p.setRotation(90));
            doc.save(out);
            System.out.println(DocumentFiles.text(out.toByteArray(), "r.pdf").substring(0, 600));
        }
    }
}
