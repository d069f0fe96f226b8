package org.sitrep.app.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Whether the client of a request has hung up, for long work that should then stop. Jetty notices a closed
 * connection only when it next reads or writes, so this looks at the socket itself: once the request body has
 * been read, a well-behaved HTTP/1.1 client sends nothing before the answer, and end-of-stream means it left.
 * Should it send bytes anyway (pipelining), they are lost, so the connection is marked to close after the
 * answer.
 */
final class HangUp {

    private SocketChannel channel;
    private final Context context;
    private boolean gone;

    private HangUp(SocketChannel channel, Context context) {
        this.channel = channel;
        this.context = context;
    }

    /** A watcher of the request's connection; one that never reports a hang-up when the socket is out of reach. */
    static HangUp of(Context context) {
        SocketChannel channel = null;
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(context.req());
        if (request != null && request.getConnectionMetaData().getConnection() != null) {
            EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            if (endPoint instanceof SocketChannelEndPoint socket) {
                channel = socket.getChannel();
            }
        }
        return new HangUp(channel, context);
    }

    /** Whether the client has closed its side of the connection. Call only after the body has been read. */
    synchronized boolean happened() {
        if (gone || channel == null) {
            return gone;
        }
        try {
            // The channel is non-blocking and Jetty is not reading it while the request is handled.
            int read = channel.read(ByteBuffer.allocate(1));
            if (read < 0) {
                gone = true;
            } else if (read > 0) {
                context.header("Connection", "close");
                channel = null;
            }
        } catch (IOException e) {
            gone = true;
        }
        return gone;
    }
}
