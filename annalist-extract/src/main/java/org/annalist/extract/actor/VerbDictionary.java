package org.annalist.extract.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verbs → CAMEO codes, with the pattern lines and synsets of each block kept in structured form for
 * the coder. Immutable and thread-safe; verb lookups cost O(form length).
 */
public final class VerbDictionary {
  private final TokenTrie<VerbForm> forms;
  private final List<VerbForm> formList;
  private final Map<String, VerbBlock> blocks;
  private final Map<String, Synset> synsets;

  private VerbDictionary(
      TokenTrie<VerbForm> forms,
      List<VerbForm> formList,
      Map<String, VerbBlock> blocks,
      Map<String, Synset> synsets) {
    this.forms = forms;
    this.formList = List.copyOf(formList);
    this.blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
    this.synsets = Collections.unmodifiableMap(new LinkedHashMap<>(synsets));
  }

  /**
   * The longest verb form starting at {@code start} (lookup-form tokens), e.g. "CORDONED OFF"
   * before "CORDONED".
   */
  public Optional<VerbMatch> verbAt(List<String> tokens, int start) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    TokenTrie.Hit<VerbForm> hit = forms.longestAt(tokens, start, f -> true);
    if (hit == null) {
      return Optional.empty();
    }
    return Optional.of(
        new VerbMatch(hit.values().get(hit.values().size() - 1), start, hit.length()));
  }

  /** The form for exactly these words ("BROKE"), if any. */
  public Optional<VerbForm> form(List<String> words) {
    List<VerbForm> v = forms.get(words);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** The block a form belongs to. */
  public Optional<VerbBlock> block(String name) {
    return Optional.ofNullable(blocks.get(name));
  }

  /** The patterns that apply to a form (its block's). */
  public List<VerbPattern> patterns(VerbForm form) {
    VerbBlock b = blocks.get(form.block());
    return b == null ? List.of() : b.patterns();
  }

  /** Blocks by name, in file order. */
  public Map<String, VerbBlock> blocks() {
    return blocks;
  }

  /** Synsets by name (with {@code &}), in file order. */
  public Map<String, Synset> synsets() {
    return synsets;
  }

  /**
   * The phrases of a synset with its included synsets expanded (cycles are cut), as token lists.
   */
  public List<List<String>> expand(String synsetName) {
    List<List<String>> out = new ArrayList<>();
    expand(synsetName, out, new ArrayList<>());
    return List.copyOf(out);
  }

  private void expand(String name, List<List<String>> out, List<String> seen) {
    Synset s = synsets.get(name);
    if (s == null || seen.contains(name)) {
      return;
    }
    seen.add(name);
    out.addAll(s.phrases());
    for (String inc : s.includes()) {
      expand(inc, out, seen);
    }
  }

  /** Every verb form, generated forms included. */
  public List<VerbForm> forms() {
    return formList;
  }

  /** Number of pattern lines over all blocks. */
  public int patternCount() {
    return blocks.values().stream().mapToInt(b -> b.patterns().size()).sum();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects blocks, forms and synsets; not thread-safe. */
  public static final class Builder {
    private final TokenTrie.Builder<VerbForm> forms = new TokenTrie.Builder<>();
    private final List<VerbForm> formList = new ArrayList<>();
    private final Map<String, VerbBlock> blocks = new LinkedHashMap<>();
    private final Map<String, Synset> synsets = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a form; returns the forms that already held these words. */
    public List<VerbForm> addForm(VerbForm form) {
      formList.add(form);
      return forms.add(form.words(), form);
    }

    /**
     * Adds a block; a second block with the same name has its patterns appended to the first's.
     * Returns true when the name was new.
     */
    public boolean addBlock(VerbBlock block) {
      VerbBlock old = blocks.get(block.name());
      if (old == null) {
        blocks.put(block.name(), block);
        return true;
      }
      List<VerbPattern> all = new ArrayList<>(old.patterns());
      all.addAll(block.patterns());
      blocks.put(block.name(), new VerbBlock(old.name(), old.title(), old.code(), all, old.line()));
      return false;
    }

    /** Adds a synset; returns the one it replaces, if any. */
    public Optional<Synset> addSynset(Synset synset) {
      return Optional.ofNullable(synsets.put(synset.name(), synset));
    }

    /** Whether a synset of this name was added. */
    public boolean hasSynset(String name) {
      return synsets.containsKey(name);
    }

    /** The dictionary. */
    public VerbDictionary build() {
      return new VerbDictionary(forms.build(), formList, blocks, synsets);
    }
  }
}
