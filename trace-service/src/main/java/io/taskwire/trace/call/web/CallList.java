package io.taskwire.trace.call.web;

import java.util.List;

/**
 * A list of calls, as {@code {"items":[...]}}.
 *
 * @param items the calls, in order
 */
record CallList(List<CallView> items) {

}
