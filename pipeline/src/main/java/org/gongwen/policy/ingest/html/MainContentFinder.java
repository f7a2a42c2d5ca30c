package org.gongwen.policy.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongwen.policy.lexicon.Lexicon;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element of a cleaned page that holds the document: the page's Chinese body text, not its
 * menus and link lists.
 *
 * <p>Rule: count the Han characters of every element, leaving out link text (menus, related-article lists
 * and footers are mostly links). Start at {@code body} and step down into the child that holds at least
 * {@value #DOMINANT_SHARE} of the current element's count, as long as one does: the result is the smallest
 * element that still holds nearly all the body text. A document title printed just before that element (a
 * preceding {@code h1}–{@code h3}, or an element whose class names a title, ending with a document-type
 * word such as 通知 or 方案) is returned with it, since the title belongs to the document.
 */
final class MainContentFinder {

  static final double DOMINANT_SHARE = 0.8;
  private static final int MAX_TITLE = 120;

  /** What was found: the content element and the title element before it, or null. */
  record Found(Element content, Element title) {}

  /** A title: ends with a document type (文种, {@code metadata/document-types}). */
  private final Pattern titleEnd;

  MainContentFinder(Lexicon lexicon) {
    this.titleEnd = Pattern.compile(".*" + lexicon.alternation("metadata/document-types") + "\\s*$");
  }

  Found find(Element body) {
    Map<Node, Integer> han = new IdentityHashMap<>();
    count(body, han);
    Element current = body;
    while (true) {
      int total = han.getOrDefault(current, 0);
      Element best = null;
      for (Element child : current.children()) {
        if (best == null || han.getOrDefault(child, 0) > han.getOrDefault(best, 0)) {
          best = child;
        }
      }
      if (best == null || total == 0 || han.getOrDefault(best, 0) < DOMINANT_SHARE * total) {
        break;
      }
      current = best;
    }
    return new Found(current, titleBefore(current));
  }

  /** A document title printed before {@code content}: among its preceding siblings and its parent's. */
  private Element titleBefore(Element content) {
    Element level = content;
    for (int up = 0; up < 3 && level != null && level.parent() != null; up++) {
      for (Element s = level.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        String text = s.text().strip();
        boolean heading = s.normalName().matches("h[1-3]") || s.className().toLowerCase().contains("title");
        if (heading && !text.isEmpty() && text.length() <= MAX_TITLE && titleEnd.matcher(text).matches()
            && !content.text().startsWith(text)) {
          return s;
        }
      }
      level = level.parent();
    }
    return null;
  }

  /**
   * Han characters under {@code node} outside links, stored for every element (iterative: pages nest
   * deeply when their tags are left open).
   */
  private static void count(Node root, Map<Node, Integer> han) {
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("a")) {
          linkDepth[0]++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          han.put(node, linkDepth[0] == 0 ? hanCount(t.getWholeText()) : 0);
        } else if (node instanceof Element e) {
          int sum = 0;
          for (Node child : e.childNodes()) {
            sum += han.getOrDefault(child, 0);
          }
          han.put(node, sum);
          if (e.normalName().equals("a")) {
            linkDepth[0]--;
          }
        }
      }
    }, root);
  }

  static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        n++;
      }
    }
    return n;
  }
}
