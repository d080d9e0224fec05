package org.reportminer.index.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Year × category finding counts. Field names are a public JSON contract: {@code {years[], categories[], counts[][]}},
 * with {@code counts[y][c]} the number of findings of {@code years[y]} in {@code categories[c]}.
 *
 * @param years      ascending report years
 * @param categories taxonomy categories in taxonomy order, {@code 其他} last
 * @param counts     one row per year, one column per category
 */
public record CategoryMatrix(List<Integer> years, List<String> categories, List<List<Integer>> counts) {

    public CategoryMatrix {
        years = List.copyOf(years);
        categories = List.copyOf(categories);
        List<List<Integer>> rows = new ArrayList<>();
        for (List<Integer> row : counts) {
            if (row.size() != categories.size()) {
                throw new IllegalArgumentException("matrix row has " + row.size() + " cells for " + categories.size() + " categories");
            }
            rows.add(List.copyOf(row));
        }
        if (rows.size() != years.size()) {
            throw new IllegalArgumentException("matrix has " + rows.size() + " rows for " + years.size() + " years");
        }
        counts = List.copyOf(rows);
    }

    /** The count of one year and category, 0 when either is absent. */
    public int count(int year, String category) {
        int y = years.indexOf(year);
        int c = categories.indexOf(category);
        return y < 0 || c < 0 ? 0 : counts.get(y).get(c);
    }
}
