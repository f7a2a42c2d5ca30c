package org.gongwen.policy.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes from a page what a reader of the document never sees or what belongs to the site: scripts,
 * styles, forms and embedded objects; elements hidden by {@code hidden}, {@code aria-hidden} or an inline
 * {@code display:none} (a hidden copy of the body would double every item); and the site's navigation:
 * {@code nav}, {@code header}, {@code footer}, {@code aside}, and elements whose class or id names a menu,
 * breadcrumb, sidebar, share bar, search box, toolbar, login or copyright block.
 */
final class PageCleaner {

  private static final String REMOVED =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, input, select, textarea,"
          + " button, nav, header, footer, aside, [hidden], [aria-hidden=true]";
  private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
  private static final Pattern SITE_PART = Pattern.compile(
      "(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|sidebar|side-bar|share|search|toolbar|login|copyright)"
          + "(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  private PageCleaner() {}

  static void clean(Element root) {
    root.select(REMOVED).remove();
    for (Element e : root.select("[style]")) {
      if (DISPLAY_NONE.matcher(e.attr("style")).find()) {
        e.remove();
      }
    }
    for (Element e : root.select("[class], [id]")) {
      if (e.parent() != null && (SITE_PART.matcher(e.className()).find() || SITE_PART.matcher(e.id()).find())) {
        e.remove();
      }
    }
  }
}
