package io.taskwire.trace.call.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.MessageType;
import io.taskwire.contracts.RecordHeaders;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.support.kafka.DeadLetters;
import io.taskwire.trace.call.DeletedTask;
import io.taskwire.trace.call.LlmCalls;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the {@code TaskDeleted} records of a {@code tasks.status} batch: the task's
 * calls are removed and the task remembered, so that its late calls are not stored. Every
 * other status message is skipped on its {@code taskwire-event-type} header, without
 * parsing; a deletion that cannot be read goes to {@code tasks.status.DLT}.
 */
@Component
class TaskDeletions {

	private static final byte[] TASK_DELETED = MessageType.TASK_DELETED.wireName().getBytes(StandardCharsets.UTF_8);

	private final MessageCodec codec;

	private final LlmCalls calls;

	private final DeadLetters deadLetters;

	private final Clock clock;

	TaskDeletions(MessageCodec codec, LlmCalls calls, DeadLetters deadLetters, Clock clock) {
		this.codec = codec;
		this.calls = calls;
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	Mono<Void> apply(List<ConsumerRecord<String, byte[]>> records) {
		Instant now = this.clock.instant();
		List<DeletedTask> deleted = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			if (!mayBeDeletion(record)) {
				continue;
			}
			try {
				Envelope<Message> envelope = this.codec.decode(record.value());
				if (envelope.payload() instanceof TaskDeleted task) {
					deleted.add(new DeletedTask(task.taskId(), task.owner(), now));
				}
			}
			catch (InvalidMessage ex) {
				rejected.add(new Rejected(record, ex.getMessage()));
			}
		}
		return this.calls.deleteTasks(deleted)
			.thenMany(Flux.fromIterable(rejected))
			.concatMap((record) -> record.sendTo(this.deadLetters))
			.then();
	}

	/**
	 * Whether the record is, or might be, a deletion: its header says so, or it has none
	 * (then only parsing can tell).
	 */
	private static boolean mayBeDeletion(ConsumerRecord<String, byte[]> record) {
		Header type = record.headers().lastHeader(RecordHeaders.EVENT_TYPE);
		return type == null || Arrays.equals(type.value(), TASK_DELETED);
	}

}
