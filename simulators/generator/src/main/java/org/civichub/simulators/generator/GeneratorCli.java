package org.civichub.simulators.generator;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The command line: generates a dataset and prints a one-line summary. Exit status 0 on success,
 * 2 for bad arguments (with the reason and the usage on standard error), 1 if writing fails.
 */
public final class GeneratorCli {

    private GeneratorCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(CliArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.println(CliArguments.USAGE);
            return 0;
        }
        try {
            GenerationSummary summary = new DatasetGenerator(arguments.settings()).writeTo(arguments.out());
            out.println(summary.oneLine());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot write dataset to " + arguments.out() + ": " + e);
            return 1;
        }
    }
}
