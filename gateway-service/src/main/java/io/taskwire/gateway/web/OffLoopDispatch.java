package io.taskwire.gateway.web;

import reactor.core.scheduler.Schedulers;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;

/**
 * Handles every exchange on Reactor's parallel scheduler rather than on the server's I/O
 * thread that dispatched it.
 * <p>
 * Works around a Reactor Netty bug (reactor/reactor-netty#4361, present in the managed
 * 1.3.6 and in 1.3.7): on an HTTP/1.1 keep-alive connection, a request that arrives while
 * the previous exchange is still finishing (its response written from another thread,
 * such as the database driver's) is buffered; if that buffered request is then answered
 * synchronously inside the dispatch (a 404 for a malformed id, a 401), the connection
 * stops reading, and the client's next request waits until the connection is closed.
 * Dispatched to another thread, no response is ever written inside Reactor Netty's
 * dispatch. The cost is one hand-over per request. Remove this once Reactor Netty carries
 * the fix; {@code KeepAliveIntegrationTests} pins the behaviour.
 */
class OffLoopDispatch implements HttpHandlerDecoratorFactory {

	@Override
	public HttpHandler apply(HttpHandler handler) {
		return (request, response) -> handler.handle(request, response).subscribeOn(Schedulers.parallel());
	}

}
