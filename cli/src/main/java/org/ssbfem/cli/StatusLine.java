package org.ssbfem.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * A status line on an interactive terminal: each update overwrites the previous one
 * ({@code \r}, padded to the longest line so far); {@code null} ends the line. Installed with
 * {@link org.ssbfem.solver.study.Progress#install} when the console is a terminal.
 */
final class StatusLine implements Consumer<String> {
    private final PrintWriter out;
    private int width;
    private boolean open;

    StatusLine(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String status) {
        if (status == null) {
            if (open) {
                out.println();
                out.flush();
                open = false;
            }
            return;
        }
        width = Math.max(width, status.length());
        out.print('\r');
        out.print(status);
        out.print(" ".repeat(width - status.length()));
        out.flush();
        open = true;
    }
}
