/**
 * Who acts: the actor dictionaries and the resolver that finds actor mentions in sentences.
 *
 * <p>Consumes {@link org.sitrep.pipeline.Parsed} sentences (unparsed ones too); produces
 * {@link org.sitrep.model.Mention mentions} carrying CAMEO-style actor codes. The built-in dictionaries are
 * tab-separated files next to these classes (countries, agents, people with dated roles, organisations);
 * their format is documented in {@code docs/dictionaries.md}. {@link org.sitrep.actors.ActorCodeParts} splits
 * an actor code into country, known group, religions and types, as GDELT's export and the coder's evaluation read it.
 */
package org.sitrep.actors;
