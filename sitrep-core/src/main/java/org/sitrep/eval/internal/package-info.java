/** Reading the shared corpora's articles for gold references. Not API. */
package org.sitrep.eval.internal;
