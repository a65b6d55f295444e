/**
 * The headless command line ({@code newsmark import|export|stats|suggest|evaluate}, picocli): parses options, calls the
 * {@code app} use cases and turns failures into exit codes (0 ok, 2 bad input, 1 anything else) and
 * {@code FILE:LINE: problem} messages. Never loads JavaFX.
 */
package org.newsmark.cli;
