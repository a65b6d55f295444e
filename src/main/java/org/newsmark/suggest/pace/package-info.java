/**
 * How a suggestion run shares the machine with the window: {@link org.newsmark.suggest.pace.GiveWay}, used by
 * the engine's long loops in {@code suggest} and {@code suggest.gazetteer} alike (a package of its own, so
 * neither depends on the other for it).
 */
package org.newsmark.suggest.pace;
