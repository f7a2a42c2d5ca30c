package org.gongwen.policy.ingest;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping plus the {@code rowspan} and {@code colspan} of table cells, which the
 * default drops; {@link LineContractHandler} needs them to keep merged cells in their columns.
 */
final class SpanKeepingHtmlMapper extends DefaultHtmlMapper {

  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    String element = elementName.toLowerCase(Locale.ROOT);
    String attribute = attributeName.toLowerCase(Locale.ROOT);
    if ((element.equals("td") || element.equals("th"))
        && (attribute.equals("rowspan") || attribute.equals("colspan"))) {
      return attribute;
    }
    return super.mapSafeAttribute(elementName, attributeName);
  }
}
