package org.sitrep.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.sitrep.pipeline.EnvironmentException;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} when it built the app. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "/org/sitrep/app/version.properties";

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new EnvironmentException("the build left out " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + RESOURCE, e);
        }
        return new String[] {
            "sitrep " + properties.getProperty("version", "(unknown version)"),
            "GPL-3.0-or-later; uses Stanford CoreNLP"
        };
    }
}
