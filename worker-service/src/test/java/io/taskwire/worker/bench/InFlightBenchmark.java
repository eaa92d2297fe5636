package io.taskwire.worker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.RecordHeaders;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.worker.WorkerServiceApplication;
import io.taskwire.worker.llm.LlmCallRecorder;
import io.taskwire.worker.support.FakeHttpServer;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.OpenAiBodies;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import reactor.core.publisher.Flux;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * How many LLM calls one worker instance holds in flight, and what that costs. Not a
 * test: run it by hand (see {@code docs/measurements/worker-service.md}).
 * <p>
 * It starts the test JVM's in-process Kafka broker, a fake OpenAI-compatible provider on
 * reactor-netty (on event loops of its own) that answers every call after a fixed latency
 * and counts the calls it holds open, and one worker (the real application, provider
 * {@code bench} pointing at the fake). Then it dispatches {@code calls} {@code llm.chat}
 * tasks at once, waits until the worker has them all in flight, measures the heap after a
 * full GC, and keeps that many in flight for {@code seconds} (every task that succeeds is
 * replaced by a new one) to measure tasks per second. Everything runs in one JVM, so the
 * heap figures include the broker, the fake and the harness: an upper bound for the
 * worker.
 * <p>
 * Arguments:
 * {@code [calls=5000] [latencyMillis=2000] [seconds=30] [listenerConcurrency=1]}.
 */
public final class InFlightBenchmark {

	private static final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final int calls;

	private final Duration latency;

	private final Duration sustain;

	private final int listenerConcurrency;

	private final TopicNames names = new TopicNames("bench.");

	private final AtomicLong succeeded = new AtomicLong();

	private final AtomicLong failedOrRejected = new AtomicLong();

	private final AtomicBoolean refilling = new AtomicBoolean();

	private final AtomicBoolean stopping = new AtomicBoolean();

	private EventPublisher dispatcher;

	private InFlightBenchmark(int calls, Duration latency, Duration sustain, int listenerConcurrency) {
		this.calls = calls;
		this.latency = latency;
		this.sustain = sustain;
		this.listenerConcurrency = listenerConcurrency;
	}

	public static void main(String[] args) throws Exception {
		int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 5000;
		long latencyMillis = (args.length > 1) ? Long.parseLong(args[1]) : 2000;
		long seconds = (args.length > 2) ? Long.parseLong(args[2]) : 30;
		int listenerConcurrency = (args.length > 3) ? Integer.parseInt(args[3]) : 1;
		new InFlightBenchmark(calls, Duration.ofMillis(latencyMillis), Duration.ofSeconds(seconds), listenerConcurrency)
			.run();
		System.exit(0);
	}

	private void run() throws Exception {
		String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
		LoopResources fakeLoops = LoopResources.create("fake-provider", 2, true);
		try (FakeHttpServer fake = FakeHttpServer.start(fakeLoops)) {
			Reply answer = Reply.json(200, OpenAiBodies.completion("Hello!", "bench-model")).after(this.latency);
			fake.respond((request) -> answer);
			ConfigurableApplicationContext worker = startWorker(bootstrap, fake.baseUrl());
			LlmCallRecorder recorder = worker.getBean(LlmCallRecorder.class);
			this.dispatcher = dispatcher(bootstrap);
			Thread outcomes = countOutcomes(bootstrap);

			warmUp(fake);
			long baseline = liveHeapAfterGc();
			report("JVM: %d cores, max heap %d MiB, Java %s, load average %.1f; %d calls, latency %d ms, listener "
					+ "concurrency %d", Runtime.getRuntime().availableProcessors(),
					memory.getHeapMemoryUsage().getMax() >> 20, System.getProperty("java.version"),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), this.calls,
					this.latency.toMillis(), this.listenerConcurrency);
			report("baseline after start-up (broker, worker, fake; full GC): heap used %d MiB, %d threads",
					baseline >> 20, Thread.activeCount());

			long rampStart = System.nanoTime();
			dispatch(this.calls).blockLast();
			Sample peak = awaitInFlight(recorder, fake, rampStart);
			long liveAtPeak = liveHeapAfterGc();
			Sample afterGc = sample(recorder, fake, rampStart);
			report("peak: worker in flight %d, fake open calls %d, heap used %d MiB (after full GC %d MiB, "
					+ "+%d MiB over baseline = %.1f KiB per call in flight), %d threads", peak.workerInFlight(),
					peak.fakeInFlight(), peak.heapUsed() >> 20, liveAtPeak >> 20, (liveAtPeak - baseline) >> 20,
					(liveAtPeak - baseline) / 1024.0 / Math.max(1, afterGc.workerInFlight()), peak.threads());

			long before = this.succeeded.get();
			long start = System.nanoTime();
			this.refilling.set(true);
			List<Sample> samples = new ArrayList<>();
			while (System.nanoTime() - start < this.sustain.toNanos()) {
				Thread.sleep(1000);
				samples.add(sample(recorder, fake, start));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long done = this.succeeded.get() - before;
			Sample beforeGc = sample(recorder, fake, start);
			long liveSustained = liveHeapAfterGc();
			this.refilling.set(false);
			report("end of the sustained phase: worker in flight %d, fake open calls %d, heap used after full GC "
					+ "%d MiB", beforeGc.workerInFlight(), beforeGc.fakeInFlight(), liveSustained >> 20);
			report("sustained %.0f s at %d in flight: %d tasks succeeded, %.0f tasks/s (ideal %.0f), "
					+ "worker in flight min/avg %d/%.0f, fake max concurrency %d, heap used max %d MiB, "
					+ "failed or rejected %d", seconds, this.calls, done, done / seconds,
					this.calls / (this.latency.toMillis() / 1000.0),
					samples.stream().mapToInt(Sample::workerInFlight).min().orElse(0),
					samples.stream().mapToInt(Sample::workerInFlight).average().orElse(0), fake.maxInFlight(),
					samples.stream().mapToLong(Sample::heapUsed).max().orElse(0) >> 20, this.failedOrRejected.get());
			this.stopping.set(true);
			outcomes.join(5000);
			worker.close();
		}
		finally {
			fakeLoops.disposeLater().block(Duration.ofSeconds(5));
		}
	}

	/**
	 * Runs a few tasks through every partition first, so topics have settled, consumers
	 * are assigned and the code paths are compiled before anything is measured.
	 */
	private void warmUp(FakeHttpServer fake) throws InterruptedException {
		int warmUp = 200;
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		dispatch(warmUp).retry(5).blockLast();
		while (this.succeeded.get() < warmUp && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		report("warm-up: %d of %d tasks succeeded", this.succeeded.get(), warmUp);
		this.succeeded.set(0);
		fake.resetCounters();
	}

	private ConfigurableApplicationContext startWorker(String bootstrap, String fakeUrl) {
		int slots = this.calls + 100;
		List<String> arguments = List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.io.taskwire=WARN",
				"--logging.level.org.apache.kafka=ERROR", "--spring.kafka.bootstrap-servers=" + bootstrap,
				"--taskwire.kafka.topic-prefix=" + this.names.prefix(), "--taskwire.kafka.partitions=12",
				"--taskwire.worker.id=bench-worker", "--taskwire.worker.max-concurrent=" + slots,
				"--taskwire.worker.slots[llm.chat]=" + slots, "--taskwire.worker.providers.bench.type=openai",
				"--taskwire.worker.providers.bench.base-url=" + fakeUrl,
				"--taskwire.worker.providers.bench.default-model=bench-model",
				"--taskwire.worker.providers.bench.timeout=60s",
				"--taskwire.worker.http.max-connections=" + (this.calls * 2),
				"--spring.kafka.listener.concurrency=" + this.listenerConcurrency);
		List<String> all = new ArrayList<>(arguments);
		// extra worker properties: -Dbench.worker-args="--a=b --c=d"
		for (String extra : System.getProperty("bench.worker-args", "").split("\\s+")) {
			if (!extra.isBlank()) {
				all.add(extra);
			}
		}
		return new SpringApplicationBuilder(WorkerServiceApplication.class).run(all.toArray(String[]::new));
	}

	private EventPublisher dispatcher(String bootstrap) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.ACKS_CONFIG, "all");
		return new EventPublisher(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)), new MessageCodec(),
				this.names);
	}

	private Flux<?> dispatch(int count) {
		return Flux.range(0, count)
			.flatMap((i) -> this.dispatcher.publish(Envelope.of(chat(), Traceparent.newRoot(), Clock.systemUTC())),
					256);
	}

	private static TaskDispatched chat() {
		return new TaskDispatched(Ids.uuidV7(Clock.systemUTC()), 1, "bench", "llm.chat",
				JsonNodeFactory.instance.objectNode().put("prompt", "Say hello"), new TaskOptions(null, "bench"), 600,
				null, null, "bench-worker");
	}

	/** Counts outcomes on tasks.worker-events by header, and refills while asked to. */
	private Thread countOutcomes(String bootstrap) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
						false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
				new StringDeserializer(), new ByteArrayDeserializer());
		String topic = this.names.of(Topic.TASKS_WORKER_EVENTS);
		List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		Thread thread = new Thread(() -> {
			try (consumer) {
				while (!this.stopping.get()) {
					int finished = 0;
					for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
						String type = header(record, RecordHeaders.EVENT_TYPE);
						if ("task.succeeded".equals(type)) {
							this.succeeded.incrementAndGet();
							finished++;
						}
						else if ("task.failed".equals(type) || "task.rejected".equals(type)) {
							this.failedOrRejected.incrementAndGet();
							finished++;
						}
					}
					if (finished > 0 && this.refilling.get()) {
						dispatch(finished).subscribe();
					}
				}
			}
		}, "bench-outcomes");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Samples the ramp until every call is in flight or the first calls have had time to
	 * end (latency plus a few seconds), and returns the sample with the most in flight.
	 */
	private Sample awaitInFlight(LlmCallRecorder recorder, FakeHttpServer fake, long since)
			throws InterruptedException {
		Sample best = sample(recorder, fake, since);
		long deadline = since + this.latency.plusSeconds(3).toNanos();
		while (best.workerInFlight() < this.calls && System.nanoTime() < deadline) {
			Thread.sleep(20);
			Sample now = sample(recorder, fake, since);
			if (now.workerInFlight() > best.workerInFlight()) {
				best = now;
			}
		}
		report("ramp: at most %d calls in flight, %.1f s after the first dispatch", best.workerInFlight(),
				best.seconds());
		return best;
	}

	private static Sample sample(LlmCallRecorder recorder, FakeHttpServer fake, long since) {
		return new Sample((System.nanoTime() - since) / 1e9, recorder.inFlight(), fake.inFlight(),
				memory.getHeapMemoryUsage().getUsed(), Thread.activeCount());
	}

	private static long liveHeapAfterGc() throws InterruptedException {
		System.gc();
		Thread.sleep(200);
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static void report(String format, Object... arguments) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, arguments));
	}

	private record Sample(double seconds, int workerInFlight, int fakeInFlight, long heapUsed, int threads) {

	}

}
