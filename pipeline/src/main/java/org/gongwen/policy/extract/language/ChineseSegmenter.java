package org.gongwen.policy.extract.language;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP's Viterbi segmenter with part-of-speech tags and offsets, plus a dictionary of its own (unit
 * names, tagged {@code nt}), so one document's names never leak into another's. Configured once in the
 * constructor and only read afterwards: HanLP's analysis calls keep intermediate results on the stack
 * and are thread-safe while the configuration is not changed (its maintainer, hankcs/HanLP#732), so one
 * instance may serve several threads. One with a document's unit names is made per document (a few
 * milliseconds).
 *
 * <p>Results are remembered per instance ({@link #CACHE_LIMIT} texts, then forgotten at once): the same
 * phrase is segmented again and again (an indicator phrase in every notice of a batch, a task title
 * compared with every responsibility statement of its document), and HanLP's Viterbi is deterministic
 * for a fixed configuration, so a remembered result is the result a new call would give. The cache is
 * a concurrent map, so sharing an instance across threads stays safe.
 */
public final class ChineseSegmenter {

  /** How many distinct texts an instance remembers before it forgets them all. */
  static final int CACHE_LIMIT = 8192;
  /** Longer texts (whole paragraphs) are segmented each time: they rarely repeat. */
  private static final int CACHE_MAX_CHARS = 200;

  private final Segment segment;
  private final int cacheLimit;
  private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

  /** @param unitNames names to keep whole and tag as organizations ({@code 区投资促进服务中心}) */
  public ChineseSegmenter(Collection<String> unitNames) {
    this(unitNames, CACHE_LIMIT);
  }

  /** As {@link #ChineseSegmenter(Collection)}, remembering at most {@code cacheLimit} texts (tests). */
  ChineseSegmenter(Collection<String> unitNames, int cacheLimit) {
    this.cacheLimit = cacheLimit;
    TreeMap<String, CoreDictionary.Attribute> names = new TreeMap<>();
    for (String name : unitNames) {
      if (!name.isBlank()) {
        names.put(name.strip(), new CoreDictionary.Attribute(Nature.nt, 1000));
      }
    }
    Segment viterbi = new ViterbiSegment().enableOffset(true).enablePartOfSpeechTagging(true);
    if (names.isEmpty()) {
      this.segment = viterbi.enableCustomDictionary(false);
    } else {
      DoubleArrayTrie<CoreDictionary.Attribute> trie = new DoubleArrayTrie<>();
      trie.build(names);
      this.segment = viterbi.enableCustomDictionary(new DynamicCustomDictionary(trie, new BinTrie<>(), null));
    }
  }

  /** The words of {@code text} in order, with tags and offsets; the list is unmodifiable. */
  public List<Token> tokens(String text) {
    if (text.length() > CACHE_MAX_CHARS) {
      return segment(text);
    }
    List<Token> known = cache.get(text);
    if (known != null) {
      return known;
    }
    if (cache.size() >= cacheLimit) {
      cache.clear();
    }
    List<Token> tokens = segment(text);
    cache.put(text, tokens);
    return tokens;
  }

  private List<Token> segment(String text) {
    List<Token> out = new ArrayList<>();
    for (Term t : segment.seg(text)) {
      out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
    }
    return List.copyOf(out);
  }
}
