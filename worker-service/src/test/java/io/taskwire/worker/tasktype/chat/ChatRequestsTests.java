package io.taskwire.worker.tasktype.chat;

import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;

class ChatRequestsTests {

	@Test
	void sendsAPromptAsOneUserMessage() {
		LlmRequest request = ChatRequests.from(json("{\"prompt\":\"Hi\"}"));

		assertThat(request).isEqualTo(LlmRequest.of(java.util.List.of(LlmMessage.user("Hi"))));
	}

	@Test
	void putsTheSystemMessageFirstAndKeepsTheConversationsOrder() {
		LlmRequest request = ChatRequests.from(json("""
				{"system": "Be brief.", "messages": [{"role": "user", "content": "Hi"},
				 {"role": "assistant", "content": "Hello"}, {"role": "user", "content": "Bye"}]}
				"""));

		assertThat(request.messages()).containsExactly(LlmMessage.system("Be brief."), LlmMessage.user("Hi"),
				new LlmMessage(LlmMessage.Role.ASSISTANT, "Hello"), LlmMessage.user("Bye"));
	}

	@Test
	void passesTemperatureAndMaxTokensOn() {
		LlmRequest request = ChatRequests.from(json("{\"prompt\":\"Hi\",\"temperature\":0.5,\"maxTokens\":42}"));

		assertThat(request.temperature()).isEqualTo(0.5);
		assertThat(request.maxTokens()).isEqualTo(42);
		assertThat(request.model()).isNull();
	}

}
