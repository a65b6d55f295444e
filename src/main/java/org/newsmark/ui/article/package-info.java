/**
 * The article being annotated: its one view-model ({@code WorkbenchViewModel}, with navigation,
 * search, attribution and suggestions beside it), the editor view and its viewport styling, the
 * span table, the quotes view and the label bar. {@code highlight} computes styles and outlines
 * without a window.
 */
package org.newsmark.ui.article;
