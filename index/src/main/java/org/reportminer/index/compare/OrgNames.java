package org.reportminer.index.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.reportminer.corpus.text.Han;
import java.util.regex.Pattern;
import org.reportminer.pipeline.text.CompareText;
import org.reportminer.corpus.text.ResourceLines;

/**
 * Normalises organisation names so that one organisation's reports group together across years whatever the name
 * form: {@code 市侨联}, {@code XX侨联}, {@code **市归国华侨联合会} and {@code 青禾市侨联党组} all give key {@code 侨联}.
 *
 * <p>Steps: fold widths, masks and digits to {@code #}; drop spaces, brackets and quotes; drop trailing
 * 党组/党委/党总支/机关; look for the longest alias or key from {@code org-aliases.txt} the name ends with; otherwise strip
 * leading place prefixes (中共, {@code 青禾市}, {@code #市}, a lone 市/省/县/区) and keep what is left. The place is
 * deliberately not part of the key: reports mask it, and callers who compare two places' same-named bodies group
 * explicitly. Immutable and thread-safe.
 */
public final class OrgNames {

    /** The bundled alias table, {@code org-aliases.txt} next to this class. */
    public static final String RESOURCE = "org-aliases.txt";

    /**
     * Leading organisation prefixes in a name: a party committee prefix (中共), a province / city / county / district
     * name ending in 省市县区州盟旗 (2–6 characters, masks included) or a masked place. Matches {@code 中共青禾市委}'s
     * {@code 中共}, {@code 青禾市} in {@code 青禾市科协}, {@code **市} in {@code **市侨联}; does not match {@code 市} alone
     * in {@code 市侨联}, which this class strips separately.
     */
    private static final Pattern ORG_PREFIX = Pattern.compile(
            "^(?:中国共产党|中共)?(?:[" + Han.CLASS + "#]{1,6}?(?:省|自治区|市|自治州|州|盟|县|区|旗))+");


    private static final String[] SUFFIXES = {"党组", "党委", "党总支", "党支部", "机关"};

    /** Aliases and keys, longest first, each with its key. */
    private final List<String[]> surfaces;

    private OrgNames(Map<String, List<String>> aliases) {
        List<String[]> s = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
            s.add(new String[] {e.getKey(), e.getKey()});
            for (String a : e.getValue()) {
                s.add(new String[] {a, e.getKey()});
            }
        }
        s.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        this.surfaces = List.copyOf(s);
    }

    /** The bundled aliases. */
    public static OrgNames bundled() {
        return new OrgNames(ResourceLines.bundled(OrgNames.class, RESOURCE).keyed());
    }

    /** Aliases read from a user-edited file in the same format. */
    public static OrgNames fromFile(Path file) {
        return new OrgNames(ResourceLines.file(file).keyed());
    }

    /**
     * The grouping key of an organisation name.
     *
     * @throws IllegalArgumentException when the name is blank or is nothing but masks and place prefixes
     */
    public String key(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation name must not be blank");
        }
        String s = clean(name);
        for (String[] alias : surfaces) {
            if (s.endsWith(alias[0])) {
                return alias[1];
            }
        }
        String rest = stripPlace(s);
        if (rest.replaceAll("[#市省县区州]", "").isEmpty()) {
            throw new IllegalArgumentException("organisation name '" + name + "' has no name left after removing masks and places");
        }
        return rest;
    }

    private static String clean(String name) {
        String f = CompareText.foldNumbers(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Han.isWordCharacter(c) || Character.isLetterOrDigit(c) || c == CompareText.PLACEHOLDER) {
                b.append(c);
            }
        }
        String s = b.toString().replaceAll("#+", "#");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    private static String stripPlace(String s) {
        Matcher m = ORG_PREFIX.matcher(s);
        String rest = m.find() && m.end() < s.length() ? s.substring(m.end()) : s;
        while (!rest.isEmpty() && (rest.charAt(0) == CompareText.PLACEHOLDER || "市省县区".indexOf(rest.charAt(0)) >= 0)
                && rest.length() > 2) {
            rest = rest.substring(1);
        }
        return rest;
    }
}
