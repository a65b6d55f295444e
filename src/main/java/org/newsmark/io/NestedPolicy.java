package org.newsmark.io;

/** Which span wins when spans overlap and a format can give a token only one label (CoNLL). */
public enum NestedPolicy {
    /** The longest span wins; spans nested in it are dropped. The default. */
    OUTER,
    /** The shortest span wins; spans containing it are dropped. */
    INNER
}
