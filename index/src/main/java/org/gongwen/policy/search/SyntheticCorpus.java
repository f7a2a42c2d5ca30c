package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.model.Target;

/**
 * Benchmark documents made by recombining extracted policies: variant {@code i} of a base policy gets
 * another issuer (a district or county government, or a bureau of one), its years shifted by −5..+5,
 * its target values scaled by 0.5..2, and its own file name and id. Tasks, units, headings, text and
 * spans stay as extracted, so every variant is as valid as its base. Deterministic for a seed.
 */
public final class SyntheticCorpus {

  /** Places the issuers are made of. */
  static final List<String> PLACES = List.of("鹿城区", "龙湾区", "瓯海区", "洞头区", "瑞安市", "乐清市", "龙港市",
      "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县", "西湖区", "上城区", "拱墅区", "滨江区", "萧山区", "余杭区",
      "鄞州区", "海曙区", "江北区", "镇海区", "北仑区", "越城区", "柯桥区", "上虞区", "婺城区", "金东区", "椒江区",
      "黄岩区", "路桥区", "吴兴区", "南浔区", "南湖区", "秀洲区", "柯城区", "衢江区", "莲都区", "定海区", "普陀区");
  /** Organs the issuers are made of. */
  static final List<String> ORGANS = List.of("人民政府", "人民政府办公室", "科学技术局", "发展和改革局", "经济和信息化局");

  private final List<PolicyDocument> bases;
  private final long seed;

  public SyntheticCorpus(List<PolicyDocument> bases, long seed) {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("no base documents to recombine");
    }
    this.bases = List.copyOf(bases);
    this.seed = seed;
  }

  /** Variants in order until their targets number at least {@code minTargets}. */
  public List<PolicyDocument> generate(int minTargets) {
    if (bases.stream().allMatch(d -> d.targets().isEmpty())) {
      throw new IllegalArgumentException("base documents have no targets: cannot reach [" + minTargets + "]");
    }
    List<PolicyDocument> out = new ArrayList<>();
    long targets = 0;
    for (int i = 0; targets < minTargets; i++) {
      PolicyDocument d = variant(i);
      targets += d.targets().size();
      out.add(d);
    }
    return out;
  }

  /** The issuer of variant {@code i}. */
  public static String issuer(int i) {
    return "某市" + PLACES.get(i % PLACES.size()) + ORGANS.get((i / PLACES.size()) % ORGANS.size());
  }

  /** Variant {@code i}: base {@code i % bases}, issuer {@link #issuer(int)}, shifted years, scaled values. */
  public PolicyDocument variant(int i) {
    PolicyDocument base = bases.get(i % bases.size());
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    int shift = random.nextInt(11) - 5;
    double scale = 0.5 + random.nextInt(151) / 100.0;
    String issuer = issuer(i);
    DocMetadata m = base.metadata();
    DocMetadata meta = new DocMetadata(m.issuerMark(), List.of(issuer), m.docNumber(), retitle(m.title(), issuer),
        m.enclosedTitle(), m.recipients(), m.signatory(), shiftDate(m.signedDate(), shift), m.note(), m.attachments(),
        m.cc(), m.printedBy(), m.printedDate(), m.security(), m.urgency(), m.copyNumber(), m.signer());
    List<Target> targets = new ArrayList<>(base.targets().size());
    for (Target t : base.targets()) {
      targets.add(new Target(t.indicator(), round(t.value() * scale), t.unit(), t.comparator(),
          t.year() == null ? null : t.year() + shift, t.scope(), t.kind(), t.low() == null ? null : round(t.low() * scale),
          t.high() == null ? null : round(t.high() * scale), t.raw(), t.task(), t.span(), t.page()));
    }
    String id = String.format(Locale.ROOT, "syn%06d%s", i, base.id().substring(0, Math.min(7, base.id().length())));
    Source s = base.source();
    Source source = new Source(String.format(Locale.ROOT, "synthetic/%06d_%s", i, HitKey.stem(s.file())) + ".txt",
        s.mediaType(), s.sha256(), s.bytes(), s.charset(), s.pages());
    return new PolicyDocument(base.schema(), id, source, meta, base.headings(), base.tasks(), targets, base.tables(),
        base.warnings(), base.text());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String retitle(String title, String issuer) {
    if (title == null) {
      return null;
    }
    int about = title.indexOf("关于");
    return about > 0 ? issuer + title.substring(about) : title;
  }

  private static String shiftDate(String iso, int years) {
    if (iso == null || iso.length() < 4 || !iso.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return iso;
    }
    return (Integer.parseInt(iso.substring(0, 4)) + years) + iso.substring(4);
  }
}
