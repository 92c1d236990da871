package cn.gov.zjg.credit.demo.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.demo.DemoSubject;

/**
 * The requests of the public-site benchmark, at the stable addresses of issue 6. A scenario whose first request does
 * not answer 200 is left out and named in the report (a page not built yet). Deep list pages are found the way a
 * visitor reaches them: by following the {@code rel="next"} link of each page, {@code depth} times.
 */
final class PublicSiteScenarios {

    private static final Pattern NEXT = Pattern.compile(
            "<a\\b[^>]*?(?:rel=\"next\"[^>]*?href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*?rel=\"next\")");

    private PublicSiteScenarios() {
    }

    static List<LoadGenerator.Scenario> all(BulkLoader.Sizes sizes, LoadGenerator load, int depth,
            List<String> skipped) throws InterruptedException {
        List<LoadGenerator.Scenario> candidates = new ArrayList<>(List.of(
                new LoadGenerator.Scenario("home page", random -> "/"),
                new LoadGenerator.Scenario("search by code", random ->
                        "/search?q=" + DemoSubject.legal(sizes.seed(), random.nextInt(sizes.legalPersons()))
                                .creditCode()),
                new LoadGenerator.Scenario("search by name", random ->
                        "/search?q=" + PublicSiteBenchmark.nameFragment(sizes, random)),
                // profiles of subjects drawn with the same skew as the records: visitors look up subjects with records
                new LoadGenerator.Scenario("subject profile", random -> "/subjects/" + DemoSubject.legal(sizes.seed(),
                        (long) (random.nextDouble() * random.nextDouble() * sizes.legalPersons())).creditCode()),
                new LoadGenerator.Scenario("license list, first page", random -> "/publicity/licenses"),
                new LoadGenerator.Scenario("penalty list, first page", random -> "/publicity/penalties")));
        List<LoadGenerator.Scenario> scenarios = new ArrayList<>();
        for (LoadGenerator.Scenario scenario : candidates) {
            String probe = scenario.paths().apply(new SplittableRandom(1));
            try {
                load.get(probe);
                scenarios.add(scenario);
            } catch (IOException e) {
                skipped.add(scenario.name() + " (" + e.getMessage() + ")");
            }
        }
        for (String list : List.of("/publicity/licenses", "/publicity/penalties")) {
            deepPage(load, list, depth, skipped).ifPresent(path -> scenarios.add(new LoadGenerator.Scenario(
                    (list.endsWith("licenses") ? "license" : "penalty") + " list, page " + (depth + 1),
                    random -> path)));
        }
        return scenarios;
    }

    /** The address of page {@code depth + 1} of a list, reached by following its next links. */
    private static java.util.Optional<String> deepPage(LoadGenerator load, String first, int depth,
            List<String> skipped) throws InterruptedException {
        String path = first;
        try {
            for (int page = 0; page < depth; page++) {
                Matcher m = NEXT.matcher(load.get(path));
                if (!m.find()) {
                    skipped.add(first + " page " + (depth + 1) + " (no next link on page " + (page + 1) + ")");
                    return java.util.Optional.empty();
                }
                String href = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
                path = href.startsWith("?") ? first + href : href;
            }
            return java.util.Optional.of(path);
        } catch (IOException e) {
            skipped.add(first + " page " + (depth + 1) + " (" + e.getMessage() + ")");
            return java.util.Optional.empty();
        }
    }
}
