/**
 * Use cases shared by the window and the command line: opening a workspace, annotating a document
 * with undoable commands, importing, exporting and statistics. No JavaFX here.
 */
package org.newsmark.app;
