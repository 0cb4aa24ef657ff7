package org.civichub.bench;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.civichub.resolver.Identity;
import org.civichub.resolver.MatchModel;
import org.civichub.resolver.Prepared;
import org.civichub.resolver.Score;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the resolver's per-record work with the shipped default model, in operations per second:
 * <ul>
 *   <li>{@code prepare}: {@link Prepared#of} of an identity as a record states it (name normalization,
 *       pinyin, address parsing), alternately a clean record and a messed copy;</li>
 *   <li>{@code scoreBlockedPair}: {@link MatchModel#score} of a record against a messed copy of itself, the
 *       pairs blocking finds;</li>
 *   <li>{@code scoreRandomPair}: {@link MatchModel#score} of two unrelated identities;</li>
 *   <li>{@code keys}: {@link MatchModel#keys}, the blocking keys of a prepared identity.</li>
 * </ul>
 * The identities are generated and prepared once per trial from a fixed seed ({@link ResolverIdentities}); each
 * call takes the next one of the arrays, round and round, and returns its result so that it is not optimized
 * away. Run it with {@code ./civichub bench resolver}, or
 * {@code java -cp bench/target/civichub-bench.jar org.openjdk.jmh.Main ResolverBench}.
 *
 * <p>The forked JVM gets a fixed heap, touched before anything runs: otherwise the first seconds of every
 * benchmark measure the kernel handing the growing heap its first pages (tens of thousands of page faults a
 * second on a small virtual machine, and the figures 5 to 10 times lower until the heap has been touched once).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResolverBench {

    /** How many persons; a power of two, so that the next index is a mask away. */
    static final int PERSONS = 1 << 14;
    static final long SEED = 42;
    private static final int MASK = PERSONS - 1;

    private MatchModel model;
    /** Person i's clean record at 2i, its messed copy at 2i + 1. */
    private Identity[] records;
    private Prepared[] persons;
    private Prepared[] copies;
    /** For person i, another person's messed copy. */
    private Prepared[] strangers;
    private int next;

    @Setup
    public void generate() {
        model = MatchModel.defaults();
        ResolverIdentities generator = new ResolverIdentities(SEED);
        records = new Identity[2 * PERSONS];
        persons = new Prepared[PERSONS];
        copies = new Prepared[PERSONS];
        for (int i = 0; i < PERSONS; i++) {
            records[2 * i] = generator.person();
            records[2 * i + 1] = generator.messedCopy(records[2 * i]);
            persons[i] = Prepared.of(records[2 * i]);
            copies[i] = Prepared.of(records[2 * i + 1]);
        }
        strangers = new Prepared[PERSONS];
        Random random = new Random(SEED);
        for (int i = 0; i < PERSONS; i++) {
            strangers[i] = copies[(i + 1 + random.nextInt(PERSONS - 1)) & MASK];
        }
        next = 0;
    }

    @Benchmark
    public Prepared prepare() {
        return Prepared.of(records[next++ & (2 * PERSONS - 1)]);
    }

    @Benchmark
    public Score scoreBlockedPair() {
        int i = next++ & MASK;
        return model.score(persons[i], copies[i]);
    }

    @Benchmark
    public Score scoreRandomPair() {
        int i = next++ & MASK;
        return model.score(persons[i], strangers[i]);
    }

    @Benchmark
    public Set<String> keys() {
        return model.keys(persons[next++ & MASK]);
    }
}
