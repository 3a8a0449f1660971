/** The language engine behind the NlpEngine interface: Stanford CoreNLP. */
package org.annalist.nlp;
