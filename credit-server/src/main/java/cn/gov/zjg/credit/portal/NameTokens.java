package cn.gov.zjg.credit.portal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bigram tokens of the name search index (V15): a name is normalised (NFKC, so full-width letters, digits and
 * brackets become half-width; upper case; without white space) and cut into every overlapping pair of characters.
 * A query of two or more characters matches a name only if every bigram of the query is a bigram of the name; the
 * candidates are then confirmed with LIKE, so the order of the bigrams counts too.
 */
final class NameTokens {

    private NameTokens() {
    }

    /** NFKC, upper case, no white space (also the ideographic space U+3000). */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The distinct bigrams of an already normalised text, in order; empty for fewer than two characters. */
    static Set<String> bigrams(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        Set<String> tokens = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        return tokens;
    }
}
