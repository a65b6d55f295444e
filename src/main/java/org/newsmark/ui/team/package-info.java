/** The team's views: the agreement matrix, the curation of one document, the statistics charts. */
package org.newsmark.ui.team;
