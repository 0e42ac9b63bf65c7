<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchApiModeText</name>
    <message>
        <source>method %1 needs several calls in a row, which a batch API cannot chain; run this item without --via batch-api.</source>
        <translation>方法 %1 需要连续多次调用，而批处理 API 无法串联这些调用；请不带 --via batch-api 运行此条目。</translation>
    </message>
    <message>
        <source>the item does not make exactly one call.</source>
        <translation>该条目并非恰好发起一次调用。</translation>
    </message>
    <message>
        <source>%1 holds batches of provider %2 at %3, not %4 at %5: use the same --provider and --base-url, or another OUTPUT.</source>
        <translation>%1 中保存的是提供方 %2（%3）的批处理，而不是 %4（%5）的：请使用相同的 --provider 和 --base-url，或换一个 OUTPUT。</translation>
    </message>
    <message>
        <source>removed a partial last line (%1 bytes) from %2.</source>
        <translation>已从 %2 中删除不完整的最后一行（%1 字节）。</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>item %1 of batch %2 is no longer in %3; its result is not written.</source>
        <translation>批处理 %2 中的条目 %1 已不在 %3 中；其结果未写入。</translation>
    </message>
    <message>
        <source>item %1: %2: %3</source>
        <translation>条目 %1：%2：%3</translation>
    </message>
    <message>
        <source>%1 requests, %2 succeeded, %3 failed, %4 processing</source>
        <translation>%1 个请求，%2 个成功，%3 个失败，%4 个处理中</translation>
    </message>
    <message>
        <source>submitted batch %1 with %2 requests (%3).</source>
        <translation>已提交批处理 %1，含 %2 个请求（%3）。</translation>
    </message>
    <message>
        <source>batch %1: %2</source>
        <translation>批处理 %1：%2</translation>
    </message>
    <message>
        <source>batch %1 collected (%2).</source>
        <translation>已收取批处理 %1（%2）。</translation>
    </message>
    <message>
        <source>vslab-cli: interrupted. The submitted batches keep running at %1; their ids are kept in %2. Rerun the same command to resume polling, or use --cancel %3.</source>
        <translation>vslab-cli：已中断。已提交的批处理仍在 %1 上运行；其 ID 保存在 %2 中。重新运行同一命令可继续轮询，或使用 --cancel %3。</translation>
    </message>
    <message>
        <source>%1 done, %2 failed%3, %4 skipped, %5 already in %6; tokens in %7, out %8; %9 s</source>
        <translation>%1 个完成，%2 个失败%3，%4 个跳过，%5 个已在 %6 中；词元输入 %7，输出 %8；%9 秒</translation>
    </message>
    <message>
        <source>rerun the same command to submit the failed, expired and cancelled items again.</source>
        <translation>重新运行同一命令，即可再次提交失败、过期和已取消的条目。</translation>
    </message>
    <message>
        <source>no batch state beside %1 (%2 does not exist): nothing to cancel.</source>
        <translation>%1 旁没有批处理状态（%2 不存在）：没有可取消的内容。</translation>
    </message>
    <message>
        <source>cancel requested. Rerun the same batch command to collect what finished and submit the rest again.</source>
        <translation>已请求取消。重新运行同一批处理命令，即可收取已完成的部分并重新提交其余部分。</translation>
    </message>
    <message>
        <source>%1 at %2, model %3; status as the provider reports it now</source>
        <translation>%1（%2），模型 %3；状态为提供方当前报告的状态</translation>
    </message>
    <message>
        <source>%1 at %2, model %3; status as last seen</source>
        <translation>%1（%2），模型 %3；状态为最后一次查看时的状态</translation>
    </message>
    <message>
        <source>, collected</source>
        <translation>，已收取</translation>
    </message>
    <message>
        <source>, not collected yet</source>
        <translation>，尚未收取</translation>
    </message>
    <message>
        <source>no batch state beside %1 (%2 does not exist): nothing was submitted with --via batch-api.</source>
        <translation>%1 旁没有批处理状态（%2 不存在）：未曾使用 --via batch-api 提交任何内容。</translation>
    </message>
    <message>
        <source>vslab-cli: could not ask for the current status: %1</source>
        <translation>vslab-cli：无法查询当前状态：%1</translation>
    </message>
</context>
<context>
    <name>BatchApiText</name>
    <message>
        <source>Cannot read the batch state file %1: %2</source>
        <translation>无法读取批处理状态文件 %1：%2</translation>
    </message>
    <message>
        <source>The batch state file %1 is not valid JSON (%2); remove it to submit the remaining items again.</source>
        <translation>批处理状态文件 %1 不是有效的 JSON（%2）；删除它即可重新提交剩余条目。</translation>
    </message>
    <message>
        <source>Cannot write the batch state file %1: %2</source>
        <translation>无法写入批处理状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Gemini&apos;s batch mode is not supported by --via batch-api yet; use the concurrent mode (without --via), or OpenAI or Anthropic.</source>
        <translation>--via batch-api 尚不支持 Gemini 的批处理模式；请使用并发模式（不带 --via），或改用 OpenAI 或 Anthropic。</translation>
    </message>
    <message>
        <source>%1 has no batch API that VS Lab can use; --via batch-api works with OpenAI (or a custom OpenAI-compatible server that offers /v1/batches) and Anthropic. Use the concurrent mode (without --via) instead.</source>
        <translation>%1 没有 VS Lab 可用的批处理 API；--via batch-api 适用于 OpenAI（或提供 /v1/batches 的自定义 OpenAI 兼容服务器）和 Anthropic。请改用并发模式（不带 --via）。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the batch expired before this request ran; rerun to submit it again.</source>
        <translation>此请求运行前批处理已过期；重新运行即可再次提交。</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran; rerun to submit it again.</source>
        <translation>此请求运行前批处理已被取消；重新运行即可再次提交。</translation>
    </message>
    <message>
        <source>request errored (%1)</source>
        <translation>请求出错（%1）</translation>
    </message>
    <message>
        <source>batch %1 expired before this request ran; rerun to submit it again.</source>
        <translation>此请求运行前批处理 %1 已过期；重新运行即可再次提交。</translation>
    </message>
    <message>
        <source>batch %1 was cancelled before this request ran; rerun to submit it again.</source>
        <translation>此请求运行前批处理 %1 已被取消；重新运行即可再次提交。</translation>
    </message>
    <message>
        <source>batch %1 ended (%2) without a result for this request</source>
        <translation>批处理 %1 已结束（%2），但没有此请求的结果</translation>
    </message>
    <message>
        <source>; rerun to submit it again.</source>
        <translation>；重新运行即可再次提交。</translation>
    </message>
    <message>
        <source>Stopped polling; the batches keep running at %1. Rerun the same command to go on.</source>
        <translation>已停止轮询；批处理仍在 %1 上运行。重新运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>The upload reply names no file id.</source>
        <translation>上传回复中没有文件 ID。</translation>
    </message>
    <message>
        <source>The reply is not a batch object.</source>
        <translation>回复不是批处理对象。</translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <source>cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>cannot repair %1: %2.</source>
        <translation>无法修复 %1：%2。</translation>
    </message>
    <message>
        <source>cannot rewrite %1 without its error lines: %2.</source>
        <translation>无法重写 %1 以去除其中的错误行：%2。</translation>
    </message>
    <message>
        <source>cannot rewrite %1: %2.</source>
        <translation>无法重写 %1：%2。</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>BatchReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a non-empty string.</source>
        <translation>&quot;prompt&quot; 必须是非空字符串。</translation>
    </message>
    <message>
        <source>the object has neither &quot;prompt&quot; nor &quot;messages&quot;.</source>
        <translation>该对象既没有 &quot;prompt&quot; 也没有 &quot;messages&quot;。</translation>
    </message>
    <message>
        <source>the user message is empty.</source>
        <translation>用户消息为空。</translation>
    </message>
    <message>
        <source>unknown &quot;method&quot; &quot;%1&quot;.</source>
        <translation>未知的 &quot;method&quot;：&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;k&quot; must be a whole number from %1 to %2.</source>
        <translation>&quot;k&quot; 必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;tau_mode&quot; must be off, tail or filter.</source>
        <translation>&quot;tau_mode&quot; 必须是 off、tail 或 filter。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; 必须是数字。</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number ≥ 0.</source>
        <translation>&quot;seed&quot; 必须是 ≥ 0 的整数。</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2).</source>
        <translation>不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>应为 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number.</source>
        <translation>&quot;id&quot; 必须是非空字符串或整数。</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a list of {&quot;role&quot;, &quot;content&quot;} messages ending with a &quot;user&quot; message (use &quot;prompt&quot; otherwise).</source>
        <translation>&quot;messages&quot; 必须是以 &quot;user&quot; 消息结尾的 {&quot;role&quot;, &quot;content&quot;} 消息列表（否则请使用 &quot;prompt&quot;）。</translation>
    </message>
    <message>
        <source>messages[%1] needs a &quot;role&quot; (system, user or assistant) and a string &quot;content&quot;.</source>
        <translation>messages[%1] 需要 &quot;role&quot;（system、user 或 assistant）和字符串 &quot;content&quot;。</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message>
        <source>OUTPUT: the JSONL file results are appended to (required; a rerun skips the ids already in it).</source>
        <translation>OUTPUT：追加写入结果的 JSONL 文件（必需；重新运行时会跳过其中已有的 id）。</translation>
    </message>
    <message>
        <source>Items in flight at once, 1-%1 (default 8).</source>
        <translation>同时处理的条目数，1-%1（默认 8）。</translation>
    </message>
    <message>
        <source>At most N requests per minute (default: no limit).</source>
        <translation>每分钟最多 N 个请求（默认：不限）。</translation>
    </message>
    <message>
        <source>At most N tokens per minute, input + output; a call is counted ahead as its prompt&apos;s characters / 4 + --max-tokens, corrected by the usage the provider reports (default: no limit).</source>
        <translation>每分钟最多 N 个词元（输入 + 输出）；每次调用预先按提示词字符数 / 4 + --max-tokens 计入，再根据提供方报告的用量校正（默认：不限）。</translation>
    </message>
    <message>
        <source>Write only {&quot;id&quot;,&quot;text&quot;} lines: one sampled answer per item.</source>
        <translation>只写入 {&quot;id&quot;,&quot;text&quot;} 行：每个条目一个采样得到的回答。</translation>
    </message>
    <message>
        <source>No progress and no summary on stderr.</source>
        <translation>不在 stderr 上输出进度和摘要。</translation>
    </message>
    <message>
        <source>Print the end summary as one JSON object.</source>
        <translation>将结束摘要输出为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>batch-api: submit the items to the provider&apos;s batch API instead of calling it concurrently.</source>
        <translation>batch-api：将条目提交到提供方的批处理 API，而不是并发调用。</translation>
    </message>
    <message>
        <source>Batch API: show the state of the batches behind OUTPUT, then exit.</source>
        <translation>批处理 API：显示 OUTPUT 对应的批处理的状态，然后退出。</translation>
    </message>
    <message>
        <source>Batch API: cancel the batches behind OUTPUT, then exit.</source>
        <translation>批处理 API：取消 OUTPUT 对应的批处理，然后退出。</translation>
    </message>
    <message>
        <source>Batch API: first wait between polls in seconds, growing to 4× (default 30).</source>
        <translation>批处理 API：首次轮询间隔（秒），之后逐步增至 4 倍（默认 30）。</translation>
    </message>
    <message>
        <source>Run every line of INPUT (JSONL with &quot;prompt&quot; or &quot;messages&quot;, optional &quot;id&quot; and overrides; or plain text, one prompt per line) through the model and append one JSON line per item to OUTPUT.</source>
        <translation>将 INPUT 的每一行（含 &quot;prompt&quot; 或 &quot;messages&quot;、可选 &quot;id&quot; 及覆盖参数的 JSONL；或纯文本，每行一个提示词）交给模型处理，并为每个条目向 OUTPUT 追加一行 JSON。</translation>
    </message>
    <message>
        <source>The input file; - reads stdin.</source>
        <translation>输入文件；- 表示读取标准输入。</translation>
    </message>
    <message>
        <source>--via must be batch-api or concurrent, got &quot;%1&quot;.</source>
        <translation>--via 必须是 batch-api 或 concurrent，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, got &quot;%2&quot;.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的整数，收到的是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be a number greater than 0, got &quot;%2&quot;.</source>
        <translation>--%1 必须是大于 0 的数字，收到的是“%2”。</translation>
    </message>
    <message>
        <source>--poll-interval must be a number of seconds greater than 0, got &quot;%1&quot;.</source>
        <translation>--poll-interval 必须是大于 0 的秒数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>choose one of --status and --cancel.</source>
        <translation>--status 和 --cancel 只能选择其一。</translation>
    </message>
    <message>
        <source>batch needs exactly one INPUT file (- reads stdin); got %1.</source>
        <translation>batch 需要恰好一个 INPUT 文件（- 表示读取标准输入）；收到了 %1 个。</translation>
    </message>
    <message>
        <source>batch needs -o OUTPUT, the JSONL file results are appended to.</source>
        <translation>batch 需要 -o OUTPUT，即追加写入结果的 JSONL 文件。</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>%1 个完成，%2 个失败，%3 个跳过</translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>，%1 / %2</translation>
    </message>
    <message>
        <source>, %1 running, %2/s</source>
        <translation>，%1 个运行中，%2 个/秒</translation>
    </message>
    <message>
        <source>, ETA %1 s</source>
        <translation>，预计剩余 %1 秒</translation>
    </message>
    <message>
        <source>batch: %1 done, %2 failed%3, %4 skipped; tokens in %5, out %6; %7 s%8</source>
        <translation>batch：%1 个完成，%2 个失败%3，%4 个跳过；词元输入 %5，输出 %6；%7 秒%8</translation>
    </message>
    <message>
        <source> (interrupted: rerun to finish)</source>
        <translation>（已中断：重新运行以完成）</translation>
    </message>
    <message>
        <source>batch: removed a partial last line (%1 bytes) from %2.</source>
        <translation>batch：已从 %2 中删除不完整的最后一行（%1 字节）。</translation>
    </message>
    <message>
        <source>--via batch-api, --status and --cancel are not available in this build yet; run without them to call the provider concurrently.</source>
        <translation>此版本尚不支持 --via batch-api、--status 和 --cancel；请不带这些选项运行，以并发方式调用提供方。</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>The model gave no probability for this candidate.</source>
        <translation>模型没有给出这个候选的概率。</translation>
    </message>
    <message>
        <source>The model wrote “%1”.</source>
        <translation>模型写的是“%1”。</translation>
    </message>
    <message>
        <source>Normalized sampling weight (all weights sum to 1).</source>
        <translation>归一化后的采样权重（所有权重之和为 1）。</translation>
    </message>
    <message>
        <source>What was done to the stated probability or text before weighting.</source>
        <translation>计算权重前对声明概率或文本所做的修正。</translation>
    </message>
    <message>
        <source>Rank by stated probability</source>
        <translation>按声明概率排序的名次</translation>
    </message>
    <message>
        <source>Probability the model stated, after repairs</source>
        <translation>模型声明的概率（修正后）</translation>
    </message>
    <message>
        <source>Sampling weight: stated probabilities normalized to sum to 1</source>
        <translation>采样权重：声明概率归一化后之和为 1</translation>
    </message>
    <message>
        <source>Share of the last batch of draws</source>
        <translation>上一批抽样中所占的比例</translation>
    </message>
    <message>
        <source>This method asks for no probability; the weight is how often the model gave the answer.</source>
        <translation>此方法不要求给出概率；权重即模型给出该回答的频率。</translation>
    </message>
    <message>
        <source>The model gave no probability for this candidate; %1 was filled in to weigh it.</source>
        <translation>模型没有为该候选给出概率；已补上 %1 用于加权。</translation>
    </message>
    <message numerus="yes">
        <source>The model gave this answer %n time(s) out of %1.</source>
        <translation>
            <numerusform>在 %1 个回答中，模型给出了 %n 次这个回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model gave this answer %n time(s); repeats are merged.</source>
        <translation>
            <numerusform>模型给出了 %n 次这个回答；重复的回答已合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampling weight: how often the model gave each answer, count / all answers</source>
        <translation>采样权重：模型给出每个回答的频率，即次数 / 全部回答数</translation>
    </message>
    <message>
        <source>How many times the model gave this answer (repeats merged)</source>
        <translation>模型给出这个回答的次数（重复的已合并）</translation>
    </message>
</context>
<context>
    <name>ChartSvg</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 filled in</source>
        <translation>%1（已补全）</translation>
    </message>
    <message>
        <source>%1, cut off</source>
        <translation>%1，已截断</translation>
    </message>
    <message>
        <source>Share of answers (count / all answers)</source>
        <translation>回答占比（次数 / 全部回答）</translation>
    </message>
    <message>
        <source>Stated probability</source>
        <translation>声明概率</translation>
    </message>
    <message>
        <source>Filled in or cut off: not stated by the model</source>
        <translation>补全或截断：并非模型声明</translation>
    </message>
    <message>
        <source>Filled in: the model stated no probability</source>
        <translation>补全：模型未声明概率</translation>
    </message>
    <message>
        <source>Cut off before it was complete</source>
        <translation>在完成前被截断</translation>
    </message>
    <message>
        <source>Observed frequency (tick = weight)</source>
        <translation>观测频率（刻度 = 权重）</translation>
    </message>
    <message>
        <source>τ = %1 (probability filter)</source>
        <translation>τ = %1（概率过滤）</translation>
    </message>
    <message>
        <source>τ = %1 (tail instruction)</source>
        <translation>τ = %1（尾部指令）</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>回答占比</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>VS Lab distribution</source>
        <translation>VS Lab 分布</translation>
    </message>
    <message>
        <source>Simulated: written by the offline demo model, not by a language model.</source>
        <translation>模拟：由离线演示模型生成，而非语言模型。</translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation>没有候选。</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>sample (seed %1): %2</source>
        <translation>采样（种子 %1）：%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; needs --model.</source>
        <translation>服务提供方“%1”需要 --model。</translation>
    </message>
    <message>
        <source>vslab-cli: unknown command &quot;%1&quot;.</source>
        <translation>vslab-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Parse one raw model reply (JSON, XML or a list with probabilities) into a distribution.</source>
        <translation>将一条原始模型回复（JSON、XML 或带概率的列表）解析为分布。</translation>
    </message>
    <message>
        <source>auto (default), json, xml or list.</source>
        <translation>auto（默认）、json、xml 或 list。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply to parse; - or nothing reads stdin.</source>
        <translation>要解析的回复；为 - 或省略时读取标准输入。</translation>
    </message>
    <message>
        <source>--format must be auto, json, xml or list, got &quot;%1&quot;.</source>
        <translation>--format 必须是 auto、json、xml 或 list，收到的是“%1”。</translation>
    </message>
    <message>
        <source>parse reads one reply; got %1 files.</source>
        <translation>parse 只读取一条回复，但收到了 %1 个文件。</translation>
    </message>
    <message>
        <source>the reply held no candidate.</source>
        <translation>回复中没有任何候选。</translation>
    </message>
    <message>
        <source>… %1 characters, %2 candidates, %3 s</source>
        <translation>… %1 个字符，%2 个候选，%3 秒</translation>
    </message>
    <message>
        <source>note: simulated by the offline demo model (no real LLM was called).</source>
        <translation>注意：结果由离线演示模型模拟（未调用真实的 LLM）。</translation>
    </message>
    <message>
        <source>Ask a model for a verbalized distribution and print it.</source>
        <translation>向模型请求言语化分布并输出。</translation>
    </message>
    <message>
        <source>Print one JSON line per candidate as it completes, then one line with the whole result.</source>
        <translation>每完成一个候选就输出一行 JSON，最后再输出一行完整结果。</translation>
    </message>
    <message>
        <source>Print the messages (and JSON Schema) the first call would send, then exit.</source>
        <translation>打印第一次调用将发送的消息（及 JSON Schema），然后退出。</translation>
    </message>
    <message>
        <source>Do not save this run in the run history the GUI shows.</source>
        <translation>不将本次运行保存到 GUI 显示的运行历史中。</translation>
    </message>
    <message>
        <source>The prompt; - reads stdin.</source>
        <translation>提示词；为 - 时读取标准输入。</translation>
    </message>
    <message>
        <source>choose one of --json and --jsonl.</source>
        <translation>--json 和 --jsonl 只能选择其一。</translation>
    </message>
    <message>
        <source>generate needs exactly one PROMPT (quote it; - reads stdin).</source>
        <translation>generate 需要且只需要一个 PROMPT（请用引号括起来；- 表示读取标准输入）。</translation>
    </message>
    <message>
        <source>the prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>vslab-cli: note: the run history is off: %1</source>
        <translation>vslab-cli：注意：运行历史记录已关闭：%1</translation>
    </message>
    <message>
        <source>List the models a provider offers.</source>
        <translation>列出服务提供方提供的模型。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>models takes no positional arguments.</source>
        <translation>models 不接受位置参数。</translation>
    </message>
    <message>
        <source>Usage: vslab-cli &lt;command&gt; [options]

Commands:
  generate PROMPT   ask a model for a verbalized distribution (PROMPT - reads stdin)
  parse [FILE|-]    parse one raw model reply into a distribution
  models            list the models a provider offers
  metrics [FILE|-]  diversity metrics of responses, one JSON line or string each
  compare PROMPT    direct vs VS: N responses per method, clusters, metrics, ratios
  history ACTION    list, search, show, delete, export or import saved runs
  batch INPUT -o OUTPUT  every prompt of a file through the model, resumable JSONL

Run &apos;vslab-cli &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 ok, 2 bad arguments, 3 provider or network error, 4 no candidates, 130 interrupted.
</source>
        <translation>用法：vslab-cli &lt;command&gt; [options]

命令：
  generate PROMPT   向模型请求言语化分布（PROMPT 为 - 时读取标准输入）
  parse [FILE|-]    将一条原始模型回复解析为分布
  models            列出提供方提供的模型
  metrics [FILE|-]  回复的多样性指标，每条回复为一行 JSON 或字符串
  compare PROMPT    直接提示 vs VS：每种方法 N 条回复、簇、指标、比值
  history ACTION    列出、搜索、显示、删除、导出或导入已保存的运行
  batch INPUT -o OUTPUT  将文件中的每个提示词交给模型处理，输出可续跑的 JSONL

运行 &apos;vslab-cli &lt;command&gt; --help&apos; 查看某个命令的选项。
退出码：0 成功，2 参数错误，3 提供方或网络错误，4 没有候选，130 已中断。
</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>The prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>Choose at least one method to compare.</source>
        <translation>请至少选择一种要对比的方法。</translation>
    </message>
    <message>
        <source>The method %1 is listed twice.</source>
        <translation>方法 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>Responses per method must be between 1 and %1, got %2.</source>
        <translation>每种方法的回复数必须在 1 到 %1 之间，收到的是 %2。</translation>
    </message>
    <message>
        <source>Concurrent calls must be between 1 and %1, got %2.</source>
        <translation>并发调用数必须在 1 到 %1 之间，收到的是 %2。</translation>
    </message>
    <message>
        <source>No provider to call.</source>
        <translation>没有可调用的服务提供方。</translation>
    </message>
    <message>
        <source>A comparison is already running.</source>
        <translation>已有一次对比正在运行。</translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation>未选择服务提供方。</translation>
    </message>
    <message>
        <source>unique (exact)</source>
        <translation>不重复数（精确匹配）</translation>
    </message>
    <message>
        <source>entropy (bits)</source>
        <translation>熵（比特）</translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <source>distinct-3</source>
        <translation>distinct-3</translation>
    </message>
    <message>
        <source>ROUGE-L (mean F1)</source>
        <translation>ROUGE-L（平均 F1）</translation>
    </message>
    <message>
        <source>lexical diversity</source>
        <translation>词汇多样性</translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation>Vendi 分数</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>KL from uniform (nats)</source>
        <translation>与均匀分布的 KL 散度（奈特）</translation>
    </message>
    <message>
        <source>%1 — %2, %3; about %4 responses per method, k = %5</source>
        <translation>%1 — %2，%3；每种方法约 %4 条回复，k = %5</translation>
    </message>
    <message>
        <source>answer set: %1</source>
        <translation>答案集：%1</translation>
    </message>
    <message>
        <source>calls: %1, failed: %2, responses: %3</source>
        <translation>调用：%1，失败：%2，回复：%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>[stated %1]</source>
        <translation>[声明 %1]</translation>
    </message>
    <message>
        <source>[+%1 near-duplicates]</source>
        <translation>[+%1 个近似重复]</translation>
    </message>
    <message>
        <source>… and %1 more clusters</source>
        <translation>… 另有 %1 个聚类</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 / direct (the paper: VS gives %2–%3× the diversity of direct prompting in creative writing)</source>
        <translation>%1 / 直接（论文：在创意写作中，VS 的多样性为直接提示的 %2–%3×）</translation>
    </message>
    <message>
        <source>below the paper&apos;s band</source>
        <translation>低于论文的区间</translation>
    </message>
    <message>
        <source>above the paper&apos;s band</source>
        <translation>高于论文的区间</translation>
    </message>
    <message>
        <source>within the paper&apos;s band</source>
        <translation>在论文的区间内</translation>
    </message>
    <message>
        <source>Compare prompting methods on one prompt: about N responses each (every candidate of every VS call counts), their clusters, diversity metrics and the ratio VS / direct.</source>
        <translation>在同一个提示词上对比各种提示方法：每种方法约 N 条回复（每次 VS 调用的每个候选都计为一条），并给出它们的聚类、多样性指标以及 VS / 直接的比值。</translation>
    </message>
    <message>
        <source>Responses per method, 1-%1 (default 30).</source>
        <translation>每种方法的回复数，1-%1（默认 30）。</translation>
    </message>
    <message>
        <source>Answers per call of the methods that return several, %1-%2 (default 5).</source>
        <translation>一次调用返回多个回答的方法每次调用的回答数，%1-%2（默认 5）。</translation>
    </message>
    <message>
        <source>Comma-separated methods to compare (default direct,vs-standard): %1.</source>
        <translation>要对比的方法，以逗号分隔（默认 direct,vs-standard）：%1。</translation>
    </message>
    <message>
        <source>Calls in flight at once over all methods, 1-%1 (default 4).</source>
        <translation>所有方法合计同时进行的调用数，1-%1（默认 4）。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0-2 (default 0.9).</source>
        <translation>采样温度，0-2（默认 0.9）。</translation>
    </message>
    <message>
        <source>How candidates are asked for: json (default) or xml.</source>
        <translation>要求模型以何种格式给出候选：json（默认）或 xml。</translation>
    </message>
    <message>
        <source>An answer set (one valid answer per line, aliases separated by |) for precision, coverage and kl_uniform; the demo packs&apos; sets are used for their prompts without it.</source>
        <translation>答案集（每行一个有效答案，别名之间用 | 分隔），用于计算 precision、coverage 和 kl_uniform；未指定时，演示场景包中的提示词使用其自带的答案集。</translation>
    </message>
    <message>
        <source>Fold clusters whose ROUGE-L F1 with a larger one is above F (0 to 1; default 0 = exact clusters).</source>
        <translation>若某个聚类与更大聚类的 ROUGE-L F1 高于 F（0 到 1；默认 0 = 精确聚类），则将其并入更大的聚类。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>提示词。</translation>
    </message>
    <message>
        <source>-n needs a whole number, got &quot;%1&quot;.</source>
        <translation>-n 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>-k needs a whole number, got &quot;%1&quot;.</source>
        <translation>-k 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--concurrency needs a whole number, got &quot;%1&quot;.</source>
        <translation>--concurrency 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--temperature needs a number between 0 and 2, got &quot;%1&quot;.</source>
        <translation>--temperature 需要 0 到 2 之间的数字，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--format must be json or xml, got &quot;%1&quot;.</source>
        <translation>--format 必须是 json 或 xml，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--methods: unknown method &quot;%1&quot;; choose from: %2.</source>
        <translation>--methods：未知方法“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>--merge must be a number from 0 to 1, got &quot;%1&quot;.</source>
        <translation>--merge 必须是 0 到 1 之间的数字，收到的是“%1”。</translation>
    </message>
    <message>
        <source>compare needs exactly one PROMPT (quote it).</source>
        <translation>compare 需要且只需要一个 PROMPT（请用引号括起来）。</translation>
    </message>
    <message>
        <source>… %1 of %2 calls</source>
        <translation>… 调用 %1 / %2</translation>
    </message>
    <message>
        <source>note: simulated by the offline demo model (no real LLM was called).</source>
        <translation>注意：结果由离线演示模型模拟（未调用真实的 LLM）。</translation>
    </message>
    <message>
        <source>vslab-cli: interrupted; what arrived is shown.</source>
        <translation>vslab-cli：已中断；显示已收到的结果。</translation>
    </message>
    <message>
        <source>vslab-cli: %1 of %2 calls failed; what arrived is shown.</source>
        <translation>vslab-cli：%2 次调用中有 %1 次失败；显示已收到的结果。</translation>
    </message>
    <message>
        <source>Answers per call must be between 0 (automatic) and %1, got %2.</source>
        <translation>每次调用的回答数必须在 0（自动）到 %1 之间，收到的是 %2。</translation>
    </message>
    <message>
        <source>The server refused %1 answers in one call (%2); asked one answer per call instead.</source>
        <translation>服务器拒绝在一次调用中给出 %1 个回答（%2）；已改为每次调用请求一个回答。</translation>
    </message>
    <message>
        <source>The server gave %1 of the %2 answers asked in one call; asked the rest one per call.</source>
        <translation>服务器在一次调用中只给出了所请求的 %2 个回答中的 %1 个；其余的已改为每次调用请求一个。</translation>
    </message>
    <message>
        <source>The server refused token log-probabilities (%1); the calls went on without them, so there is no token-level view.</source>
        <translation>服务器拒绝提供词元对数概率（%1）；调用在没有它们的情况下继续进行，因此没有词元级视图。</translation>
    </message>
    <message>
        <source>The server returned no token log-probabilities (Anthropic and some servers have none), so there is no token-level view.</source>
        <translation>服务器没有返回词元对数概率（Anthropic 和部分服务器不提供），因此没有词元级视图。</translation>
    </message>
    <message>
        <source>methods[%1]: unknown method &quot;%2&quot;.</source>
        <translation>methods[%1]：未知方法“%2”。</translation>
    </message>
    <message>
        <source>methods[%1]: a response has no text.</source>
        <translation>methods[%1]：某条回复没有文本。</translation>
    </message>
    <message>
        <source>This is not a VS Lab comparison (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>这不是 VS Lab 对比文件（缺少 &quot;format&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>This comparison was saved by a newer VS Lab (version %1); update VS Lab to open it.</source>
        <translation>此对比由更新版本的 VS Lab（版本 %1）保存；请更新 VS Lab 后再打开。</translation>
    </message>
    <message>
        <source>The comparison holds no method.</source>
        <translation>该对比中没有任何方法。</translation>
    </message>
    <message>
        <source>History run %1 is not a comparison.</source>
        <translation>历史运行 %1 不是对比。</translation>
    </message>
    <message>
        <source>Cancelled before the responses were embedded.</source>
        <translation>在嵌入回复之前已取消。</translation>
    </message>
    <message>
        <source>The embeddings reply did not match the texts.</source>
        <translation>嵌入接口的回复与文本不匹配。</translation>
    </message>
    <message>
        <source>semantic diversity</source>
        <translation>语义多样性</translation>
    </message>
    <message>
        <source>embeddings: %1</source>
        <translation>嵌入：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>total variation, stated vs observed: %1</source>
        <translation>总变差，声明 vs 观测：%1</translation>
    </message>
    <message>
        <source>total variation, observed vs token-level: %1</source>
        <translation>总变差，观测 vs 词元级：%1</translation>
    </message>
    <message>
        <source>(0 = the two views agree exactly, 1 = they share no answer)</source>
        <translation>（0 = 两种视图完全一致，1 = 两者没有共同的回答）</translation>
    </message>
    <message>
        <source>first token of %1: %2</source>
        <translation>%1 的第一个词元：%2</translation>
    </message>
    <message>
        <source>--base-url-for needs PROVIDER=URL with a known provider, got &quot;%1&quot;.</source>
        <translation>--base-url-for 需要 PROVIDER=URL，且 PROVIDER 须为已知的服务提供方，收到的是“%1”。</translation>
    </message>
    <message>
        <source>Answers one call of a one-answer method asks for (OpenAI-style n, Gemini candidateCount), 0-%1; 0 (default) = automatic where the provider has it, 1 = one call per answer. A server that refuses or ignores it is asked one answer per call.</source>
        <translation>单回答方法的一次调用所请求的回答数（OpenAI 风格的 n、Gemini 的 candidateCount），范围 0-%1；0（默认）= 服务提供方支持时自动设置，1 = 每个回答调用一次。服务器拒绝或忽略该参数时，改为每次调用请求一个回答。</translation>
    </message>
    <message>
        <source>Add semantic_diversity: embeddings of the responses from model M of the same provider (OpenAI-compatible, Ollama or Gemini; not the demo model or Anthropic).</source>
        <translation>增加 semantic_diversity：用同一服务提供方的模型 M 计算回复的嵌入（兼容 OpenAI、Ollama 或 Gemini；不能是演示模型或 Anthropic）。</translation>
    </message>
    <message>
        <source>Run the comparison on several models at once: PROVIDER:MODEL, comma-separated (everything after the first colon is the model, so ollama:llama3.2:3b works; PROVIDER is a preset such as openai, ollama, demo). Replaces --provider and --model.</source>
        <translation>同时在多个模型上运行对比：PROVIDER:MODEL，以逗号分隔（第一个冒号之后的全部内容都是模型名，因此 ollama:llama3.2:3b 可用；PROVIDER 为预设名，如 openai、ollama、demo）。取代 --provider 和 --model。</translation>
    </message>
    <message>
        <source>With --models: the server of one provider, PROVIDER=URL (repeatable).</source>
        <translation>与 --models 配合使用：某个服务提供方的服务器，PROVIDER=URL（可重复）。</translation>
    </message>
    <message>
        <source>Ask direct calls for token log-probabilities (top %1 at each position): adds each direct cluster&apos;s token_probability, the first token&apos;s alternatives and the calibration distances. Anthropic has none; a server that refuses them is asked without.</source>
        <translation>直接调用时请求词元对数概率（每个位置取前 %1 个）：为每个直接提示的簇增加 token_probability、首个词元的备选项以及校准距离。Anthropic 不提供；服务器拒绝时改为不带该请求。</translation>
    </message>
    <message>
        <source>Do not save this comparison in the run history.</source>
        <translation>不将这次对比保存到运行历史。</translation>
    </message>
    <message>
        <source>--answers-per-call needs a whole number, got &quot;%1&quot;.</source>
        <translation>--answers-per-call 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--embeddings-model needs a model name.</source>
        <translation>--embeddings-model 需要一个模型名称。</translation>
    </message>
    <message>
        <source>vslab-cli: note: the run history is off: %1</source>
        <translation>vslab-cli：注意：运行历史已关闭：%1</translation>
    </message>
</context>
<context>
    <name>DemoCall</name>
    <message>
        <source>Demo model (%1): cancelled.</source>
        <translation>演示模型（%1）：已取消。</translation>
    </message>
</context>
<context>
    <name>DemoModelListJob</name>
    <message>
        <source>Demo model: model listing cancelled.</source>
        <translation>演示模型：已取消列出模型。</translation>
    </message>
</context>
<context>
    <name>DemoPack</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported &quot;schema&quot; (this version reads schema 1)</source>
        <translation>不支持的 &quot;schema&quot;（此版本只能读取 schema 1）</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing: it is the prompt the pack answers, e.g. &quot;Tell me a joke&quot;</source>
        <translation>缺少 &quot;title&quot;：即该演示包所回答的提示词，例如 &quot;Tell me a joke&quot;</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a list of strings</source>
        <translation>&quot;prompts&quot; 必须是字符串列表</translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a list of non-empty strings</source>
        <translation>&quot;prompts&quot; 必须是由非空字符串组成的列表</translation>
    </message>
    <message>
        <source>&quot;alpha&quot; must be a number &gt;= 0</source>
        <translation>&quot;alpha&quot; 必须是 &gt;= 0 的数字</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of {&quot;text&quot;: ..., &quot;p&quot;: ...}</source>
        <translation>&quot;answers&quot; 必须是由 {&quot;text&quot;: ..., &quot;p&quot;: ...} 组成的非空列表</translation>
    </message>
    <message>
        <source>answer %1 has no &quot;text&quot;</source>
        <translation>第 %1 个回答缺少 &quot;text&quot;</translation>
    </message>
    <message>
        <source>answer %1 (&quot;%2&quot;) needs a positive number &quot;p&quot;</source>
        <translation>第 %1 个回答（“%2”）需要一个正数 &quot;p&quot;</translation>
    </message>
    <message>
        <source>answer %1 (&quot;%2&quot;) appears twice</source>
        <translation>第 %1 个回答（“%2”）重复出现</translation>
    </message>
</context>
<context>
    <name>DemoPackLibrary</name>
    <message>
        <source>%1: larger than 4 MiB, skipped</source>
        <translation>%1：大于 4 MiB，已跳过</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message numerus="yes">
        <source>%n duplicate candidate(s) merged; their probabilities were summed.</source>
        <translation>
            <numerusform>已合并 %n 个重复候选；其概率已相加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no probability; each was given the mean of the stated ones (%1).</source>
        <translation>
            <numerusform>%n 个候选没有概率；已为每个候选赋予已声明概率的平均值（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model gave %1 candidates; %2 were asked for.</source>
        <translation>模型给出了 %1 个候选；请求的是 %2 个。</translation>
    </message>
    <message>
        <source>The stated probabilities sum to %1, not 1; they were normalized.</source>
        <translation>声明概率之和为 %1，而不是 1；已进行归一化。</translation>
    </message>
    <message>
        <source>Every kept candidate has probability 0; sampling uniformly instead.</source>
        <translation>所有保留的候选概率均为 0；改为均匀采样。</translation>
    </message>
    <message>
        <source>Not a distribution: the &quot;items&quot; array is missing.</source>
        <translation>不是分布：缺少 &quot;items&quot; 数组。</translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation>第 %1 项没有文本。</translation>
    </message>
    <message>
        <source>Item %1 has no valid probability &quot;p&quot;.</source>
        <translation>第 %1 项没有有效的概率 &quot;p&quot;。</translation>
    </message>
    <message>
        <source>Every item has probability 0.</source>
        <translation>所有项的概率均为 0。</translation>
    </message>
    <message>
        <source>Fewer than %1 candidates reached τ = %2; τ was relaxed to %3 to keep the top %4.</source>
        <translation>达到 τ = %2 的候选少于 %1 个；τ 已放宽至 %3，以保留前 %4 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) repeated an earlier one; merged and counted.</source>
        <translation>
            <numerusform>有 %n 个回答与之前的回答重复；已合并并计数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model stated no probability; every candidate was weighted equally.</source>
        <translation>模型没有声明概率；所有候选的权重相同。</translation>
    </message>
    <message>
        <source>The τ filter works on stated probabilities; this method states none, so every answer was kept.</source>
        <translation>τ 过滤依据的是声明概率；此方法不声明概率，因此保留了所有回答。</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>τ = %1 (probability filter)</source>
        <translation>τ = %1（概率过滤）</translation>
    </message>
    <message>
        <source>τ = %1 (tail instruction)</source>
        <translation>τ = %1（尾部指令）</translation>
    </message>
    <message>
        <source>Stated probability</source>
        <translation>声明概率</translation>
    </message>
    <message>
        <source>Observed frequency (tick = weight)</source>
        <translation>观测频率（刻线 = 权重）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Distribution chart</source>
        <translation>分布图</translation>
    </message>
    <message>
        <source>One bar per candidate, most probable at the top. Up and Down select a candidate.</source>
        <translation>每个候选一根条形，最可能的在最上方。上下方向键选择候选。</translation>
    </message>
    <message>
        <source> · observed %1</source>
        <translation> · 观测 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 filled in</source>
        <translation>%1（补上的）</translation>
    </message>
    <message>
        <source>%1, cut off</source>
        <translation>%1，已截断</translation>
    </message>
    <message>
        <source>Share of answers (count / all answers)</source>
        <translation>回答占比（次数 / 全部回答数）</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>回答占比</translation>
    </message>
    <message>
        <source>Filled in or cut off: not stated by the model</source>
        <translation>补上的或被截断的：并非模型声明</translation>
    </message>
    <message>
        <source>Filled in: the model stated no probability</source>
        <translation>补上的：模型没有声明概率</translation>
    </message>
    <message>
        <source>Cut off before it was complete</source>
        <translation>在完成前被截断</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>声明 %1</translation>
    </message>
    <message>
        <source>no probability stated (filled in %1)</source>
        <translation>未声明概率（补上 %1）</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%2 个回答中的 %1 个</translation>
    </message>
    <message>
        <source>#%1 · %2 · weight %3</source>
        <translation>#%1 · %2 · 权重 %3</translation>
    </message>
    <message>
        <source> · cut off</source>
        <translation> · 已截断</translation>
    </message>
    <message>
        <source>filled in, not stated: %1</source>
        <translation>补上的，并非模型声明：%1</translation>
    </message>
    <message>
        <source>, cut off</source>
        <translation>，已截断</translation>
    </message>
    <message>
        <source>, weight %1</source>
        <translation>，权重 %1</translation>
    </message>
    <message>
        <source>, observed %1</source>
        <translation>，观测 %1</translation>
    </message>
</context>
<context>
    <name>DistributionFileText</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file holds JSON but not a distribution: expected an object with &quot;items&quot;.</source>
        <translation>文件是 JSON，但不是分布：应为带有 &quot;items&quot; 的对象。</translation>
    </message>
    <message>
        <source>The distribution in the file has no candidates.</source>
        <translation>文件中的分布没有任何候选。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a distribution file (over 64 MiB).</source>
        <translation>%1 太大，不像分布文件（超过 64 MiB）。</translation>
    </message>
    <message>
        <source>%1 is not a distribution VS Lab can open. %2</source>
        <translation>%1 不是 VS Lab 能打开的分布。%2</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>an HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <source>a CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>a Markdown document</source>
        <translation>Markdown 文档</translation>
    </message>
    <message>
        <source>%1 is %2: VS Lab writes such files but cannot open them. It opens distributions saved as JSON (.json) by VS Lab or by the Python package verbalized-sampling (to_dict).</source>
        <translation>%1 是%2：VS Lab 可以写出此类文件，但无法打开。它能打开由 VS Lab 或 Python 包 verbalized-sampling（to_dict）保存为 JSON（.json）的分布。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>The distribution was not exported.</source>
        <translation>分布未能导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个候选导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>未能打开该文件。</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n candidate(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 打开 %n 个候选。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>还没有可保存的图表。</translation>
    </message>
    <message>
        <source>The chart was not saved.</source>
        <translation>图表未能保存。</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>已将图表保存到 %1。</translation>
    </message>
    <message>
        <source>Export distribution</source>
        <translation>导出分布</translation>
    </message>
    <message>
        <source>JSON distribution, reference package format (*.json)</source>
        <translation>JSON 分布，参考 Python 包格式 (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Open distribution</source>
        <translation>打开分布</translation>
    </message>
    <message>
        <source>Distributions (*.json)</source>
        <translation>分布 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>VS Lab opens distributions saved as JSON by VS Lab or by the Python package verbalized-sampling (to_dict).</source>
        <translation>VS Lab 可以打开由 VS Lab 或 Python 包 verbalized-sampling（to_dict）保存为 JSON 的分布。</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from the recent files.</source>
        <translation>%1 已不存在；已将其从最近打开的文件中移除。</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be drawn.</source>
        <translation>无法写入 %1：未能绘制图像。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report of %n candidate(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个候选的报告保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML report, opens offline in any browser (*.html)</source>
        <translation>HTML 报告，可在任意浏览器中离线打开 (*.html)</translation>
    </message>
    <message>
        <source>Chart as SVG (*.svg)</source>
        <translation>图表另存为 SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PNG image (*.png)</source>
        <translation>图表另存为 PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>保存图表图像</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>FileDialogsText</name>
    <message>
        <source>PNG size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source>Twice the on-screen size, for slides (%1 × %2 px)</source>
        <translation>屏幕尺寸的两倍，适合幻灯片（%1 × %2 px）</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation>图像宽度（像素）</translation>
    </message>
    <message>
        <source>height %1 px</source>
        <translation>高度 %1 px</translation>
    </message>
</context>
<context>
    <name>GenerationFlags</name>
    <message>
        <source>Provider: %1 (default: demo, the offline demo model).</source>
        <translation>服务提供方：%1（默认：demo，即离线演示模型）。</translation>
    </message>
    <message>
        <source>Model name (default: the preset&apos;s).</source>
        <translation>模型名称（默认：预设中的模型）。</translation>
    </message>
    <message>
        <source>Server base URL (default: the preset&apos;s).</source>
        <translation>服务器基础 URL（默认：预设中的 URL）。</translation>
    </message>
    <message>
        <source>Read the API key from environment variable VAR (for any provider, e.g. a secured vLLM).</source>
        <translation>从环境变量 VAR 读取 API 密钥（适用于任何服务提供方，例如设了密钥的 vLLM）。</translation>
    </message>
    <message>
        <source>%1 (default vs-standard).</source>
        <translation>%1（默认 vs-standard）。</translation>
    </message>
    <message>
        <source>Number of candidates, %1-%2 (default 5).</source>
        <translation>候选数，%1-%2（默认 5）。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0-2 (default 0.9).</source>
        <translation>采样温度，0-2（默认 0.9）。</translation>
    </message>
    <message>
        <source>How candidates are asked for: json (default) or xml.</source>
        <translation>要求模型以何种格式给出候选：json（默认）或 xml。</translation>
    </message>
    <message>
        <source>vs-multi: candidates per turn (default 0 = about k/3).</source>
        <translation>vs-multi：每轮候选数（默认 0 = 约 k/3）。</translation>
    </message>
    <message>
        <source>Split k over N concurrent calls, 1-16 (default 1).</source>
        <translation>将 k 分摊到 N 个并发调用，1-16（默认 1）。</translation>
    </message>
    <message>
        <source>τ value, greater than 0 and at most 1 (default 0.10).</source>
        <translation>τ 值，大于 0 且不超过 1（默认 0.10）。</translation>
    </message>
    <message>
        <source>tail = τ goes into the prompt; filter = keep p ≥ τ after parsing; off (default).</source>
        <translation>tail = 将 τ 写入提示词；filter = 解析后保留 p ≥ τ 的候选；off（默认）。</translation>
    </message>
    <message>
        <source>Filter mode: keep at least this many candidates (default 3).</source>
        <translation>filter 模式下至少保留的候选数（默认 3）。</translation>
    </message>
    <message>
        <source>elicited (default), uniform or softmax.</source>
        <translation>elicited（默认）、uniform 或 softmax。</translation>
    </message>
    <message>
        <source>Seed for sampling, 0 to 18446744073709551615 (default: random).</source>
        <translation>采样种子，0 到 18446744073709551615（默认：随机）。</translation>
    </message>
    <message>
        <source>Structured output: auto (default), on or off.</source>
        <translation>结构化输出：auto（默认）、on 或 off。</translation>
    </message>
    <message>
        <source>Wait for the whole reply instead of streaming.</source>
        <translation>等待完整回复，不使用流式输出。</translation>
    </message>
    <message>
        <source>Give up when no byte arrives for S seconds (default 60).</source>
        <translation>连续 S 秒未收到任何字节时放弃（默认 60）。</translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx, 0-10 (default 2).</source>
        <translation>遇到 408/409/429/5xx 时的重试次数，0-10（默认 2）。</translation>
    </message>
    <message>
        <source>Token limit of the reply (default 8192).</source>
        <translation>回复的词元上限（默认 8192）。</translation>
    </message>
    <message>
        <source>Largest reply accepted, in MiB (default 16).</source>
        <translation>可接受的最大回复，单位 MiB（默认 16）。</translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation>--provider：未知服务提供方“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable &quot;%1&quot; is not set or empty.</source>
        <translation>--api-key-env：环境变量“%1”未设置或为空。</translation>
    </message>
    <message>
        <source>--method: unknown method &quot;%1&quot;; choose one of: %2.</source>
        <translation>--method：未知方法“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>-k needs a whole number between 1 and 100, got &quot;%1&quot;.</source>
        <translation>-k 需要 1 到 100 之间的整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--temperature needs a number between 0 and 2, got &quot;%1&quot;.</source>
        <translation>--temperature 需要 0 到 2 之间的数字，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--format must be json or xml, got &quot;%1&quot;.</source>
        <translation>--format 必须是 json 或 xml，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--per-turn needs a whole number, got &quot;%1&quot;.</source>
        <translation>--per-turn 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 16, got &quot;%1&quot;.</source>
        <translation>--concurrency 必须在 1 到 16 之间，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--tau needs a number greater than 0 and at most 1, got &quot;%1&quot;.</source>
        <translation>--tau 需要大于 0 且不超过 1 的数字，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--tau-mode must be tail, filter or off, got &quot;%1&quot;.</source>
        <translation>--tau-mode 必须是 tail、filter 或 off，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--tau has no effect while the τ mode is off: add --tau-mode tail (τ goes into the prompt) or --tau-mode filter (drop candidates below τ after parsing).</source>
        <translation>τ 模式为 off 时 --tau 不起作用：请加上 --tau-mode tail（将 τ 写入提示词）或 --tau-mode filter（解析后丢弃低于 τ 的候选）。</translation>
    </message>
    <message>
        <source>--min-survivors needs a whole number, got &quot;%1&quot;.</source>
        <translation>--min-survivors 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--weights must be elicited, uniform or softmax, got &quot;%1&quot;.</source>
        <translation>--weights 必须是 elicited、uniform 或 softmax，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, got &quot;%1&quot;.</source>
        <translation>--seed 需要 0 到 18446744073709551615 之间的整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--structured must be auto, on or off, got &quot;%1&quot;.</source>
        <translation>--structured 必须是 auto、on 或 off，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds, got &quot;%1&quot;.</source>
        <translation>--timeout 需要一个秒数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--retries needs a whole number, got &quot;%1&quot;.</source>
        <translation>--retries 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--max-tokens needs a whole number, got &quot;%1&quot;.</source>
        <translation>--max-tokens 需要一个整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--reply-cap needs a whole number of MiB, got &quot;%1&quot;.</source>
        <translation>--reply-cap 需要一个以 MiB 为单位的整数，收到的是“%1”。</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>%1. Temperature set to %2.</source>
        <translation>%1。温度已设为 %2。</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>What should the model answer? Ctrl+Enter generates.</source>
        <translation>想让模型回答什么？按 Ctrl+Enter 生成。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;k (candidates):</source>
        <translation>k（候选数）(&amp;K)：</translation>
    </message>
    <message>
        <source>Number of candidates k</source>
        <translation>候选数 k</translation>
    </message>
    <message>
        <source>How many candidate answers to ask for (1–100).</source>
        <translation>要请求多少个候选回答（1–100）。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tail instruction</source>
        <translation>尾部指令</translation>
    </message>
    <message>
        <source>Probability filter</source>
        <translation>概率过滤</translation>
    </message>
    <message>
        <source>τ is not used.</source>
        <translation>不使用 τ。</translation>
    </message>
    <message>
        <source>τ goes into the prompt: the model is asked for answers whose probability is below τ.</source>
        <translation>τ 写入提示词：要求模型给出概率低于 τ 的回答。</translation>
    </message>
    <message>
        <source>τ never enters the prompt: candidates below τ are dropped after parsing, keeping at least the minimum number of survivors.</source>
        <translation>τ 不进入提示词：解析后丢弃概率低于 τ 的候选，但至少保留最少保留数。</translation>
    </message>
    <message>
        <source>τ mode:</source>
        <translation>τ 模式：</translation>
    </message>
    <message>
        <source>Tau mode</source>
        <translation>τ 模式</translation>
    </message>
    <message>
        <source>τ:</source>
        <translation>τ：</translation>
    </message>
    <message>
        <source>Tau</source>
        <translation>τ</translation>
    </message>
    <message>
        <source>Min. s&amp;urvivors:</source>
        <translation>最少保留(&amp;U)：</translation>
    </message>
    <message>
        <source>Minimum survivors of the tau filter</source>
        <translation>τ 过滤后的最少保留数</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seed for sampling from the distribution; the same seed gives the same draws.</source>
        <translation>从分布中采样用的种子；相同的种子得到相同的抽样结果。</translation>
    </message>
    <message>
        <source>Ra&amp;ndom</source>
        <translation>随机(&amp;N)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>格式(&amp;A)：</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>How the model is asked to write its candidates.</source>
        <translation>要求模型以何种格式写出候选。</translation>
    </message>
    <message>
        <source>Prov&amp;ider:</source>
        <translation>服务提供方(&amp;I)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>模型(&amp;O)：</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>服务提供方设置…</translation>
    </message>
    <message>
        <source>Configure providers</source>
        <translation>配置服务提供方</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Ask the model for a distribution (Ctrl+Enter)</source>
        <translation>向模型请求一个分布（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the model; candidates received so far are kept (Esc)</source>
        <translation>停止模型；保留已收到的候选（Esc）</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>显示高级设置</translation>
    </message>
    <message>
        <source>Elicited (as stated)</source>
        <translation>按声明概率</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>Softmax of stated</source>
        <translation>声明概率的 Softmax</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Sampling weights</source>
        <translation>采样权重</translation>
    </message>
    <message>
        <source>How stated probabilities become sampling weights (--weights).</source>
        <translation>声明概率如何转换为采样权重（--weights）。</translation>
    </message>
    <message>
        <source>Per turn:</source>
        <translation>每轮：</translation>
    </message>
    <message>
        <source>Candidates per turn</source>
        <translation>每轮候选数</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>VS-Multi: candidates asked in each turn; 0 = about k/3 (--per-turn).</source>
        <translation>VS-Multi：每轮请求的候选数；0 = 约 k/3（--per-turn）。</translation>
    </message>
    <message>
        <source>Concurrent calls:</source>
        <translation>并发调用：</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>并发调用数</translation>
    </message>
    <message>
        <source>Split k over this many calls at once (--concurrency).</source>
        <translation>将 k 分摊到这么多个同时进行的调用（--concurrency）。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Structured output:</source>
        <translation>结构化输出：</translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation>结构化输出</translation>
    </message>
    <message>
        <source>Ask the server to enforce the JSON Schema; automatic drops it when the server refuses (--structured).</source>
        <translation>要求服务器强制遵循 JSON Schema；设为自动时，服务器拒绝便不再使用（--structured）。</translation>
    </message>
    <message>
        <source>Stream the reply</source>
        <translation>流式接收回复</translation>
    </message>
    <message>
        <source>Show candidates as they are written (off: --no-stream).</source>
        <translation>在模型写出候选时即显示（关闭：--no-stream）。</translation>
    </message>
    <message>
        <source>Timeout (s):</source>
        <translation>超时（秒）：</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时秒数</translation>
    </message>
    <message>
        <source>Give up when no byte arrives for this long, also while waiting for the first one (--timeout).</source>
        <translation>在这么长时间内未收到任何字节时放弃，等待第一个字节时也是如此（--timeout）。</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试次数：</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retries on 408, 409, 429 and 5xx replies (--retries).</source>
        <translation>遇到 408、409、429 和 5xx 回复时的重试次数（--retries）。</translation>
    </message>
    <message>
        <source>Token limit:</source>
        <translation>词元上限：</translation>
    </message>
    <message>
        <source>Token limit</source>
        <translation>词元上限</translation>
    </message>
    <message>
        <source>Largest reply in tokens the model may write (--max-tokens).</source>
        <translation>模型可写出的最长回复，以词元计（--max-tokens）。</translation>
    </message>
    <message>
        <source>Reply cap (MiB):</source>
        <translation>回复上限（MiB）：</translation>
    </message>
    <message>
        <source>Reply size cap in MiB</source>
        <translation>回复大小上限（MiB）</translation>
    </message>
    <message>
        <source>Largest reply accepted, in MiB (--reply-cap).</source>
        <translation>可接受的最大回复，单位 MiB（--reply-cap）。</translation>
    </message>
    <message>
        <source>Generation settings</source>
        <translation>生成设置</translation>
    </message>
    <message>
        <source>Demo s&amp;peed:</source>
        <translation>演示速度(&amp;P)：</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即时</translation>
    </message>
    <message>
        <source>Classroom (slow, watch each bar arrive)</source>
        <translation>课堂（慢速，逐条显示）</translation>
    </message>
    <message>
        <source>Realistic (about 40 tokens/s)</source>
        <translation>接近真实（约 40 词元/秒）</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>Demo model speed</source>
        <translation>演示模型速度</translation>
    </message>
    <message>
        <source>How fast the offline demo model writes its reply.</source>
        <translation>离线演示模型写出回复的速度。</translation>
    </message>
</context>
<context>
    <name>GenerationSettings</name>
    <message>
        <source>k must be between %1 and %2 (got %3).</source>
        <translation>k 必须在 %1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>τ must be greater than 0 and at most 1 (got %1).</source>
        <translation>τ 必须大于 0 且不超过 1（当前为 %1）。</translation>
    </message>
    <message>
        <source>Minimum survivors must be between 1 and %1 (got %2).</source>
        <translation>最少保留数必须在 1 到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and %1 (got %2).</source>
        <translation>温度必须在 0 到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Candidates per turn must be between 0 (automatic) and k = %1 (got %2).</source>
        <translation>每轮候选数必须在 0（自动）到 k = %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>One answer, asked plainly: the collapsed baseline.</source>
        <translation>直接询问，只要一个回答：发生模式坍缩的基线。</translation>
    </message>
    <message>
        <source>Direct + CoT</source>
        <translation>直接 + CoT</translation>
    </message>
    <message>
        <source>The model reasons first, then gives one answer.</source>
        <translation>模型先推理，再给出一个回答。</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>k different answers as a list, without probabilities.</source>
        <translation>以列表形式给出 k 个不同的回答，不带概率。</translation>
    </message>
    <message>
        <source>Multi-turn</source>
        <translation>多轮</translation>
    </message>
    <message>
        <source>One answer per turn; each turn asks for another, different one.</source>
        <translation>每轮一个回答；每一轮都要求给出一个不同的新回答。</translation>
    </message>
    <message>
        <source>VS-Standard</source>
        <translation>VS-标准</translation>
    </message>
    <message>
        <source>k answers, each with the probability the model assigns it.</source>
        <translation>k 个回答，每个都附有模型为其给出的概率。</translation>
    </message>
    <message>
        <source>VS-CoT</source>
        <translation>VS-CoT</translation>
    </message>
    <message>
        <source>The model reasons first, then gives k answers with probabilities.</source>
        <translation>模型先推理，再给出 k 个带概率的回答。</translation>
    </message>
    <message>
        <source>VS-Multi</source>
        <translation>VS-多轮</translation>
    </message>
    <message>
        <source>k answers with probabilities over several turns, a few per turn.</source>
        <translation>分多轮给出 k 个带概率的回答，每轮若干个。</translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>VS Lab: see and sample the distribution behind an LLM&apos;s answer. Generation flags are the same as vslab-cli generate&apos;s; they apply over the saved settings.</source>
        <translation>VS Lab：查看 LLM 回答背后的分布并从中抽样。生成参数与 vslab-cli generate 的相同；它们覆盖已保存的设置。</translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation>提示词。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>语言区域</translation>
    </message>
    <message>
        <source>Generate as soon as the window opens.</source>
        <translation>窗口打开后立即生成。</translation>
    </message>
    <message>
        <source>Save the window as a PNG once the run has finished (or at once without --run).</source>
        <translation>运行结束后将窗口保存为 PNG（不带 --run 时立即保存）。</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>文件.png</translation>
    </message>
    <message>
        <source>Quit after the run and screenshot (or once the window has painted); settings are not saved and the run is not added to the history.</source>
        <translation>运行和截图完成后（或窗口绘制完成后）退出；不保存设置，本次运行也不加入历史记录。</translation>
    </message>
    <message>
        <source>Do not save this session&apos;s runs in the history.</source>
        <translation>不将本次会话的运行保存到历史记录。</translation>
    </message>
    <message>
        <source>After --run, draw n times and show the observed frequencies.</source>
        <translation>在 --run 之后抽样 n 次，并显示观察到的频率。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Window size, e.g. 1400x900.</source>
        <translation>窗口大小，例如 1400x900。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Use a dark palette (to check dark mode).</source>
        <translation>使用深色调色板（用于检查深色模式）。</translation>
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation>意外的参数：%1（参见 --help）</translation>
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation>--size 的格式应类似 1400x900</translation>
    </message>
    <message>
        <source>--sample needs a positive whole number</source>
        <translation>--sample 需要一个正整数</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
    <message>
        <source>the run did not complete</source>
        <translation>运行未完成</translation>
    </message>
    <message>
        <source>the reply held no candidate</source>
        <translation>回复中没有任何候选</translation>
    </message>
</context>
<context>
    <name>HistoryFileText</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the file holds no run</source>
        <translation>文件中没有任何运行</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it is not a VS Lab history file.</source>
        <translation>%1 大于 %2 MiB，不是 VS Lab 历史文件。</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>运行 %1 不在历史记录中。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>Run of %1: “%2”, %3, %4 %5, %n candidate(s)</source>
        <translation>
            <numerusform>%1 的运行：“%2”，%3，%4 %5，%n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated by the offline demo model</source>
        <translation>由离线演示模型模拟</translation>
    </message>
    <message>
        <source>not completed: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>已保存的运行</translation>
    </message>
    <message>
        <source>Enter restores the selected run; Delete removes it.</source>
        <translation>按 Enter 恢复所选运行；按 Delete 删除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the selected run</source>
        <translation>恢复所选运行</translation>
    </message>
    <message>
        <source>Show this run again: distribution, prompt and raw reply, without calling the model (Enter)</source>
        <translation>重新显示这次运行：分布、提示词和原始回复，不会调用模型（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>删除所选运行</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Clear the run history</source>
        <translation>清空运行历史记录</translation>
    </message>
    <message>
        <source>Remove every saved run</source>
        <translation>删除所有已保存的运行</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>清空历史记录…</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>历史记录已关闭：%1</translation>
    </message>
    <message>
        <source>No saved runs yet. Every run you generate is saved here, also cancelled and failed ones.</source>
        <translation>还没有已保存的运行。每次生成的运行都会保存在这里，包括已取消和失败的运行。</translation>
    </message>
    <message>
        <source>This saved run cannot be shown.</source>
        <translation>无法显示这次已保存的运行。</translation>
    </message>
    <message>
        <source>Clear run history</source>
        <translation>清空运行历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n saved run(s)? Their distributions and raw replies cannot be restored afterwards.</source>
        <translation>
            <numerusform>删除全部 %n 次已保存的运行？删除后无法再恢复它们的分布和原始回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服务提供方</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>所有方法</translation>
    </message>
    <message>
        <source>Run deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>运行已删除。撤销（Ctrl+Z）可将其恢复。</translation>
    </message>
    <message>
        <source>The run could not be brought back: %1</source>
        <translation>无法恢复该运行：%1</translation>
    </message>
    <message>
        <source>Run brought back.</source>
        <translation>运行已恢复。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The run history is not open.</source>
        <translation>运行历史未打开。</translation>
    </message>
    <message>
        <source>Nothing was imported from this file.</source>
        <translation>未从此文件导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already in the history).</source>
        <translation>已导入 %1：新增 %2 条，跳过 %3 条（已在历史记录中）。</translation>
    </message>
    <message>
        <source>The lesson pack was not saved.</source>
        <translation>课程包未保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) as a lesson pack to %1</source>
        <translation>
            <numerusform>已将 %n 次运行作为课程包保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <source>VS Lab runs and lesson packs (*.json *.jsonl *.%1);;All files (*)</source>
        <translation>VS Lab 运行和课程包 (*.json *.jsonl *.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export lesson pack</source>
        <translation>导出课程包</translation>
    </message>
    <message>
        <source>VS Lab lesson pack (*.%1)</source>
        <translation>VS Lab 课程包 (*.%1)</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>搜索提示词和回答</translation>
    </message>
    <message>
        <source>Search the saved runs</source>
        <translation>搜索已保存的运行</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>服务提供方筛选</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>模型筛选</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>方法筛选</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Only starred runs</source>
        <translation>仅显示已加星标的运行</translation>
    </message>
    <message>
        <source>Star or unstar the selected run</source>
        <translation>为所选运行加星标或取消星标</translation>
    </message>
    <message>
        <source>Remove this run from the history (Delete); Undo brings it back</source>
        <translation>从历史记录中移除此运行（Delete）；撤销可将其恢复</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring back the run just deleted</source>
        <translation>恢复刚刚删除的运行</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add runs from a VS Lab JSON or JSONL file, a to_dict JSON file or a lesson pack</source>
        <translation>从 VS Lab JSON 或 JSONL 文件、to_dict JSON 文件或课程包中添加运行</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>导出课程包…</translation>
    </message>
    <message>
        <source>Save the runs listed as a lesson pack that replays offline on another machine</source>
        <translation>将列出的运行保存为课程包，可在另一台计算机上离线重放</translation>
    </message>
    <message>
        <source>No saved run matches the search and filters.</source>
        <translation>没有符合搜索条件和筛选条件的已保存运行。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite); history is off.</source>
        <translation>缺少 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）；历史记录已关闭。</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>无法打开历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>History is not open.</source>
        <translation>历史记录未打开。</translation>
    </message>
    <message>
        <source>Cannot save the run to %1: %2</source>
        <translation>无法将本次运行保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: %2</source>
        <translation>无法写入历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer VS Lab (schema %2, this version reads up to %3); history is off and the file is left unchanged.</source>
        <translation>历史数据库 %1 由更新版本的 VS Lab 写入（架构 %2，此版本最高只能读取 %3）；历史记录已关闭，文件保持不变。</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>无法读取历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2) and could not be moved aside; history is off. Move or delete the file and start again.</source>
        <translation>历史数据库 %1 已损坏（%2），且无法移到别处；历史记录已关闭。请移动或删除该文件后重新开始。</translation>
    </message>
    <message>
        <source>The history database was damaged (%1); it was moved to %2 and a new, empty history started.</source>
        <translation>历史数据库已损坏（%1）；已将其移至 %2，并新建了一个空的历史记录。</translation>
    </message>
    <message>
        <source>Cannot create the history tables in %1: %2</source>
        <translation>无法在 %1 中创建历史表：%2</translation>
    </message>
    <message>
        <source>Cannot update the history database %1 to this version: %2</source>
        <translation>无法将历史数据库 %1 更新到此版本：%2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>At most N runs (default 50; 0 = all).</source>
        <translation>最多 N 次运行（默认 50；0 = 全部）。</translation>
    </message>
    <message>
        <source>Only runs of this provider.</source>
        <translation>仅此服务提供方的运行。</translation>
    </message>
    <message>
        <source>Only runs of this model.</source>
        <translation>仅此模型的运行。</translation>
    </message>
    <message>
        <source>Only runs of this method.</source>
        <translation>仅此方法的运行。</translation>
    </message>
    <message>
        <source>Only starred runs.</source>
        <translation>仅已加星标的运行。</translation>
    </message>
    <message>
        <source>Only runs from this date on (YYYY-MM-DD).</source>
        <translation>仅此日期（含）之后的运行（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only runs up to this date (YYYY-MM-DD).</source>
        <translation>仅此日期（含）之前的运行（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The history database (default: the GUI&apos;s).</source>
        <translation>历史数据库（默认：GUI 所用的数据库）。</translation>
    </message>
    <message>
        <source>export: json, to_dict, csv, md, html, svg, png or pack.</source>
        <translation>export：json、to_dict、csv、md、html、svg、png 或 pack。</translation>
    </message>
    <message>
        <source>export: the file to write (- = standard output).</source>
        <translation>export：要写入的文件（- = 标准输出）。</translation>
    </message>
    <message>
        <source>export --format pack: the lesson&apos;s title.</source>
        <translation>export --format pack：课程的标题。</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, got &quot;%2&quot;.</source>
        <translation>--%1 必须是形如 2026-01-31 的日期，收到的是“%2”。</translation>
    </message>
    <message>
        <source>no run with id &quot;%1&quot; in %2.</source>
        <translation>%2 中没有 ID 为“%1”的运行。</translation>
    </message>
    <message>
        <source>run %1 (%2), %3, %4</source>
        <translation>运行 %1（%2），%3，%4</translation>
    </message>
    <message>
        <source>prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>simulated by the offline demo model</source>
        <translation>由离线演示模型模拟</translation>
    </message>
    <message>
        <source>not completed: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>a compare run exports as json or pack only.</source>
        <translation>对比运行只能导出为 json 或 pack。</translation>
    </message>
    <message>
        <source>--format must be json, to_dict, csv, md, html, svg, png or pack, got &quot;%1&quot;.</source>
        <translation>--format 必须是 json、to_dict、csv、md、html、svg、png 或 pack，收到的是“%1”。</translation>
    </message>
    <message>
        <source>--format %1 holds one run; give one ID, or use json, html or pack for several.</source>
        <translation>--format %1 只能容纳一次运行；请只给出一个 ID，或对多次运行使用 json、html 或 pack。</translation>
    </message>
    <message>
        <source>--format %1 cannot be drawn here.</source>
        <translation>此处无法绘制 --format %1。</translation>
    </message>
    <message>
        <source>export needs at least one run ID.</source>
        <translation>export 至少需要一个运行 ID。</translation>
    </message>
    <message>
        <source>export needs --format F and -o FILE.</source>
        <translation>export 需要 --format F 和 -o FILE。</translation>
    </message>
    <message numerus="yes">
        <source>vslab-cli: wrote %n run(s) to %1</source>
        <translation>
            <numerusform>vslab-cli：已将 %n 次运行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs at least one FILE.</source>
        <translation>import 至少需要一个 FILE。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 skipped (already in the history)</source>
        <translation>%1：新增 %2 条，跳过 %3 条（已在历史记录中）</translation>
    </message>
    <message>
        <source>delete needs at least one run ID.</source>
        <translation>delete 至少需要一个运行 ID。</translation>
    </message>
    <message>
        <source>run %1 could not be deleted: %2</source>
        <translation>无法删除运行 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>vslab-cli: deleted %n run(s).</source>
        <translation>
            <numerusform>vslab-cli：已删除 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>List, search, show, delete, export and import saved runs.</source>
        <translation>列出、搜索、显示、删除、导出和导入已保存的运行。</translation>
    </message>
    <message>
        <source>list, search, show, delete, export or import.</source>
        <translation>list、search、show、delete、export 或 import。</translation>
    </message>
    <message>
        <source>unknown history action &quot;%1&quot;; use list, search, show, delete, export or import.</source>
        <translation>未知的 history 操作“%1”；请使用 list、search、show、delete、export 或 import。</translation>
    </message>
    <message>
        <source>--limit must be a whole number ≥ 0, got &quot;%1&quot;.</source>
        <translation>--limit 必须是 ≥ 0 的整数，收到的是“%1”。</translation>
    </message>
    <message>
        <source>search needs the TEXT to look for.</source>
        <translation>search 需要要查找的 TEXT。</translation>
    </message>
    <message>
        <source>list takes no TEXT; use search.</source>
        <translation>list 不接受 TEXT；请使用 search。</translation>
    </message>
    <message>
        <source>show needs exactly one run ID.</source>
        <translation>show 需要恰好一个运行 ID。</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>VS Lab report</source>
        <translation>VS Lab 报告</translation>
    </message>
    <message numerus="yes">
        <source>VS Lab report: %n run(s)</source>
        <translation>
            <numerusform>VS Lab 报告：%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by VS Lab %1 on %2. This file loads nothing from the network.</source>
        <translation>由 VS Lab %1 于 %2 生成。此文件不从网络加载任何内容。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Stated shows only probabilities the model wrote; — marks a value VS Lab filled in or an answer it counted. Hatched bars and rows were not stated by the model.</source>
        <translation>“声明概率”列只显示模型写出的概率；— 表示该值由 VS Lab 补上，或该回答是计数得出的。带斜线的条形和行并非由模型声明。</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>written by the offline demo model, not by a language model. The candidates and numbers show how VS Lab works; they say nothing about any real model.</source>
        <translation>由离线演示模型写出，而非语言模型。这些候选和数值用于展示 VS Lab 的工作方式，不代表任何真实模型。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Settings and provenance</source>
        <translation>设置与来源</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>%1 input tokens, %2 output tokens</source>
        <translation>输入 %1 个词元，输出 %2 个词元</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>结束原因</translation>
    </message>
    <message numerus="yes">
        <source>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer(s).</source>
        <translation>
            <numerusform>此方法不声明概率：每个权重是模型在全部 %n 个回答中给出该回答的频率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</source>
        <translation>
            <numerusform>%n 个候选没有概率；VS Lab 为其补上了一个概率以便加权（“声明概率”列显示 —，“修正”列显示 missing）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Unique answers</source>
        <translation>不重复回答数</translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation>熵（比特）</translation>
    </message>
    <message>
        <source>Distinct-1</source>
        <translation>Distinct-1</translation>
    </message>
    <message>
        <source>Distinct-2</source>
        <translation>Distinct-2</translation>
    </message>
    <message>
        <source>Distinct-3</source>
        <translation>Distinct-3</translation>
    </message>
    <message>
        <source>ROUGE-L (mean pairwise)</source>
        <translation>ROUGE-L（两两平均）</translation>
    </message>
    <message>
        <source>Lexical diversity (1 − ROUGE-L)</source>
        <translation>词汇多样性（1 − ROUGE-L）</translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation>Vendi 分数</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>KL to uniform (nats)</source>
        <translation>与均匀分布的 KL 散度（奈特）</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽中的候选</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
</context>
<context>
    <name>LabClusterBars</name>
    <message>
        <source>Answer clusters</source>
        <translation>回答聚类</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>, stated %1</source>
        <translation>，声明 %1</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>还没有回答</translation>
    </message>
    <message>
        <source>observed share</source>
        <translation>观测占比</translation>
    </message>
    <message>
        <source>stated probability (pooled)</source>
        <translation>声明概率（合并）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 · stated %3</source>
        <translation>%1 / %2 · 声明 %3</translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… 另有 %1 个未显示</translation>
    </message>
</context>
<context>
    <name>LabWindow</name>
    <message>
        <source>&amp;Typicality bias α = %1</source>
        <translation>典型性偏差(&amp;T) α = %1</translation>
    </message>
    <message>
        <source>Mode-collapse lab</source>
        <translation>模式坍缩实验室</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Experiment settings</source>
        <translation>实验设置</translation>
    </message>
    <message>
        <source>&amp;N responses:</source>
        <translation>回复数 N(&amp;N)：</translation>
    </message>
    <message>
        <source>Responses per method</source>
        <translation>每种方法的回复数</translation>
    </message>
    <message>
        <source>About this many responses per method; a VS call gives k of them</source>
        <translation>每种方法大约取这么多条回复；一次 VS 调用给出其中 k 条</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k(&amp;K)：</translation>
    </message>
    <message>
        <source>Candidates per VS call (k)</source>
        <translation>每次 VS 调用的候选数（k）</translation>
    </message>
    <message>
        <source>C&amp;oncurrent calls:</source>
        <translation>并发调用(&amp;O)：</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>并发调用数</translation>
    </message>
    <message>
        <source>Near-d&amp;uplicate ROUGE-L:</source>
        <translation>近似重复 ROUGE-L(&amp;U)：</translation>
    </message>
    <message>
        <source>Near-duplicate ROUGE-L threshold</source>
        <translation>近似重复的 ROUGE-L 阈值</translation>
    </message>
    <message>
        <source>Answers whose ROUGE-L F1 is above this count as one cluster; 0 = exact matches only</source>
        <translation>ROUGE-L F1 高于此值的回答算作同一个聚类；0 = 只合并完全相同的回答</translation>
    </message>
    <message>
        <source>&amp;Answer set:</source>
        <translation>答案集(&amp;A)：</translation>
    </message>
    <message>
        <source>Answer set file</source>
        <translation>答案集文件</translation>
    </message>
    <message>
        <source>optional: one answer per line, aliases separated by |</source>
        <translation>可选：每行一个答案，别名之间用 | 分隔</translation>
    </message>
    <message>
        <source>For precision, coverage and KL to uniform; the demo prompts bring their own</source>
        <translation>用于精确率、覆盖率和与均匀分布的 KL 散度；演示提示词自带答案集</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for an answer set file</source>
        <translation>浏览选择答案集文件</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <source>Ask every chosen method for about N responses (Ctrl+Enter)</source>
        <translation>让每种选中的方法各给出约 N 条回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the comparison</source>
        <translation>取消对比</translation>
    </message>
    <message>
        <source>Stop every call and keep what arrived (Esc)</source>
        <translation>停止所有调用并保留已收到的结果（Esc）</translation>
    </message>
    <message>
        <source>C&amp;lassroom mode</source>
        <translation>课堂模式(&amp;L)</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>课堂模式</translation>
    </message>
    <message>
        <source>Large type, high contrast, one chart at a time, predict then reveal</source>
        <translation>大字号、高对比度、一次一张图表，先预测再揭晓</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>已完成的调用</translation>
    </message>
    <message>
        <source>Calls done of total</source>
        <translation>已完成调用数 / 总调用数</translation>
    </message>
    <message>
        <source>Lab message</source>
        <translation>实验室消息</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ 上一张(&amp;V)</translation>
    </message>
    <message>
        <source>Previous chart</source>
        <translation>上一张图表</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>下一张(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Next chart</source>
        <translation>下一张图表</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>当前显示的图表</translation>
    </message>
    <message>
        <source>Typicality bias alpha</source>
        <translation>典型性偏差 alpha</translation>
    </message>
    <message>
        <source>Demo model: how strongly alignment sharpens the base distribution (0 = none). Moving it re-runs direct sampling.</source>
        <translation>演示模型：对齐使基础分布变尖锐的程度（0 = 不变尖锐）。拖动它会重新运行直接采样。</translation>
    </message>
    <message>
        <source>Our &amp;guess for the most common answer:</source>
        <translation>我们猜测最常见的回答(&amp;G)：</translation>
    </message>
    <message>
        <source>Guess for the most common answer</source>
        <translation>对最常见回答的猜测</translation>
    </message>
    <message>
        <source>&amp;Distinct answers:</source>
        <translation>不同回答数(&amp;D)：</translation>
    </message>
    <message>
        <source>Guess for the number of distinct answers</source>
        <translation>对不同回答数量的猜测</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>揭晓(&amp;E)</translation>
    </message>
    <message>
        <source>Reveal the result</source>
        <translation>揭晓结果</translation>
    </message>
    <message>
        <source>Guesses and result</source>
        <translation>猜测与结果</translation>
    </message>
    <message>
        <source>Metrics per method</source>
        <translation>各方法的指标</translation>
    </message>
    <message>
        <source>Paper (arXiv 2510.01171): in creative writing, VS reaches 1.6–2.1× the diversity of direct prompting. Hover a metric for its definition.</source>
        <translation>论文（arXiv 2510.01171）：在创意写作中，VS 的多样性可达直接提示的 1.6–2.1×。将鼠标悬停在指标上可查看其定义。</translation>
    </message>
    <message>
        <source>Paper&apos;s ratio band</source>
        <translation>论文的比值区间</translation>
    </message>
    <message>
        <source>Answer set</source>
        <translation>答案集</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 / %2 calls</source>
        <translation>调用 %1 / %2</translation>
    </message>
    <message>
        <source>Cancelled: the columns show what arrived before.</source>
        <translation>已取消：各列显示的是取消前收到的结果。</translation>
    </message>
    <message>
        <source>Failed calls: %1; each column says which.</source>
        <translation>失败的调用：%1；各列注明了具体是哪些。</translation>
    </message>
    <message>
        <source>Simulated by the offline demo model.</source>
        <translation>由离线演示模型模拟。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — responses: %2, distinct: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 回复：%2，不同回答：%3</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Calls: %1 done, %2 failed</source>
        <translation>调用：已完成 %1 次，失败 %2 次</translation>
    </message>
    <message>
        <source>Calls: %1 done, none failed</source>
        <translation>调用：已完成 %1 次，无失败</translation>
    </message>
    <message>
        <source>Failed calls of %1</source>
        <translation>%1 的失败调用</translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation>%1 的回答</translation>
    </message>
    <message>
        <source>Hidden until Reveal: enter the class&apos;s guesses first.</source>
        <translation>按“揭晓”前隐藏：请先输入全班的猜测。</translation>
    </message>
    <message>
        <source>VS / direct</source>
        <translation>VS / 直接</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Below the paper&apos;s 1.6–2.1× band.</source>
        <translation>低于论文的 1.6–2.1× 区间。</translation>
    </message>
    <message>
        <source>Above the paper&apos;s 1.6–2.1× band.</source>
        <translation>高于论文的 1.6–2.1× 区间。</translation>
    </message>
    <message>
        <source>Inside the paper&apos;s 1.6–2.1× band.</source>
        <translation>在论文的 1.6–2.1× 区间内。</translation>
    </message>
    <message>
        <source>1.6–2.1×</source>
        <translation>1.6–2.1×</translation>
    </message>
    <message>
        <source>VS / direct diversity in the paper&apos;s creative-writing experiments</source>
        <translation>论文创意写作实验中 VS / 直接的多样性比值</translation>
    </message>
    <message>
        <source>No chart yet: press Run</source>
        <translation>还没有图表：请按“运行”</translation>
    </message>
    <message>
        <source>Chart %1 of %2: %3</source>
        <translation>图表 %1 / %2：%3</translation>
    </message>
    <message>
        <source>Predict first: what will the model answer most often, and how many different answers will come? Then press Reveal.</source>
        <translation>先预测：模型最常给出的回答是什么？会出现多少个不同的回答？然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Result: most common “%1”, %2 of %3; distinct answers: %4.</source>
        <translation>结果：最常见的是“%1”，%2 / %3；不同回答数：%4。</translation>
    </message>
    <message>
        <source>Your guess: “%1”, distinct answers: %2.</source>
        <translation>你们的猜测：“%1”，不同回答数：%2。</translation>
    </message>
    <message>
        <source>The most common answer was right.</source>
        <translation>最常见的回答猜对了。</translation>
    </message>
    <message>
        <source>The most common answer was different.</source>
        <translation>最常见的回答与猜测不同。</translation>
    </message>
    <message>
        <source>Only the offline demo model has a typicality bias to set</source>
        <translation>只有离线演示模型可以设置典型性偏差</translation>
    </message>
    <message>
        <source>%1 — simulated by the offline demo model</source>
        <translation>%1 — 由离线演示模型模拟</translation>
    </message>
    <message>
        <source>&amp;Embeddings model:</source>
        <translation>嵌入模型(&amp;E)：</translation>
    </message>
    <message>
        <source>Embeddings model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>optional: e.g. text-embedding-3-small (not for the demo model or Anthropic)</source>
        <translation>可选：例如 text-embedding-3-small（不适用于演示模型或 Anthropic）</translation>
    </message>
    <message>
        <source>Adds semantic diversity: the responses are embedded by this model of the same provider after the calls are done</source>
        <translation>增加语义多样性：调用完成后，由同一服务提供方的该模型对回复进行嵌入</translation>
    </message>
    <message>
        <source>&amp;Three views…</source>
        <translation>三种视图(&amp;T)…</translation>
    </message>
    <message>
        <source>Show stated, observed and token-level probabilities</source>
        <translation>显示声明概率、观测概率和词元级概率</translation>
    </message>
    <message>
        <source>Stated (VS), observed (direct) and token-level probabilities per answer on one chart, with a calibration scatter</source>
        <translation>在同一张图中按回答显示声明（VS）、观测（直接提示）和词元级概率，并附校准散点图</translation>
    </message>
    <message>
        <source>Token &amp;probabilities (direct calls; OpenAI-compatible and Gemini servers)</source>
        <translation>词元概率(&amp;P)（直接调用；兼容 OpenAI 的服务器和 Gemini 服务器）</translation>
    </message>
    <message>
        <source>Ask for token probabilities</source>
        <translation>请求词元概率</translation>
    </message>
    <message>
        <source>Direct calls ask for the model&apos;s token log-probabilities, for the token-level view; a server that refuses them is asked without</source>
        <translation>直接调用会请求模型的词元对数概率，用于词元级视图；服务器拒绝时改为不带该请求</translation>
    </message>
    <message>
        <source>%1 / %2 calls; embedding the responses…</source>
        <translation>%1 / %2 次调用；正在对回复进行嵌入…</translation>
    </message>
    <message>
        <source>Semantic diversity not computed: %1</source>
        <translation>未计算语义多样性：%1</translation>
    </message>
    <message>
        <source>(with notes: hover to read them)</source>
        <translation>（附有说明：悬停即可查看）</translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>1: not a lesson pack (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>1：不是课程包（&quot;format&quot; 必须是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>1: &quot;version&quot; must be a positive number</source>
        <translation>1：&quot;version&quot; 必须是正数</translation>
    </message>
    <message>
        <source>1: this lesson pack needs a newer VS Lab (pack version %1, this one reads %2)</source>
        <translation>1：此课程包需要更新版本的 VS Lab（课程包版本 %1，此版本可读取 %2）</translation>
    </message>
    <message>
        <source>1: &quot;runs&quot; must be an array</source>
        <translation>1：&quot;runs&quot; 必须是数组</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1: run %2: %3</source>
        <translation>%1：运行 %2：%3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VS Lab</source>
        <translation>VS Lab</translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation>正在获取模型列表…</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>可用模型 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>The run history is off for this session.</source>
        <translation>本次会话未启用运行历史记录。</translation>
    </message>
    <message>
        <source>The run history is off, so runs are not saved; everything else works.</source>
        <translation>运行历史记录已关闭，运行不会被保存；其他功能照常可用。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MethodChecks</name>
    <message>
        <source>Methods:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Method %1</source>
        <translation>方法 %1</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>n: every response of the method; each candidate of a VS call counts as one response, as the paper counts them (6 calls × k = 5 = 30).</source>
        <translation>n：该方法的全部回复；与论文的计法一致，每次 VS 调用的每个候选都计为一条回复（6 次调用 × k = 5 = 30）。</translation>
    </message>
    <message>
        <source>Unique answers</source>
        <translation>不重复回答数</translation>
    </message>
    <message>
        <source>unique: the number of different answers after normalization (NFKC, lower case, whitespace folded, trailing .!?。！？… dropped). Higher = more diverse.</source>
        <translation>unique：规范化（NFKC、转为小写、合并空白、去掉末尾的 .!?。！？…）后不同回答的数量。越高 = 越多样。</translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation>熵（比特）</translation>
    </message>
    <message>
        <source>entropy_bits: Shannon entropy of the exact-match clusters&apos; shares of the responses. 0 = one answer every time. Higher = more diverse.</source>
        <translation>entropy_bits：各精确匹配聚类在回复中所占比例的香农熵。0 = 每次都是同一个回答。越高 = 越多样。</translation>
    </message>
    <message>
        <source>Distinct-1</source>
        <translation>Distinct-1</translation>
    </message>
    <message>
        <source>distinct_1: different words / all words over every response (corpus level, Li et al. 2016). Higher = more diverse.</source>
        <translation>distinct_1：全部回复中不同的词数 / 总词数（语料级，Li et al. 2016）。越高 = 越多样。</translation>
    </message>
    <message>
        <source>Distinct-2</source>
        <translation>Distinct-2</translation>
    </message>
    <message>
        <source>distinct_2: different word pairs / all word pairs over every response; pairs never span two responses. Higher = more diverse.</source>
        <translation>distinct_2：全部回复中不同的词对数 / 总词对数；词对不会跨越两条回复。越高 = 越多样。</translation>
    </message>
    <message>
        <source>Distinct-3</source>
        <translation>Distinct-3</translation>
    </message>
    <message>
        <source>distinct_3: different word triples / all word triples over every response. Higher = more diverse.</source>
        <translation>distinct_3：全部回复中不同的三词组数 / 总三词组数。越高 = 越多样。</translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation>ROUGE-L</translation>
    </message>
    <message>
        <source>rouge_l: mean pairwise ROUGE-L F1 (longest common subsequence of whitespace tokens) over all pairs of responses. Lower = more diverse.</source>
        <translation>rouge_l：所有回复两两之间 ROUGE-L F1（按空白切分的词元的最长公共子序列）的平均值。越低 = 越多样。</translation>
    </message>
    <message>
        <source>Lexical diversity</source>
        <translation>词汇多样性</translation>
    </message>
    <message>
        <source>lexical_diversity: 1 − mean pairwise ROUGE-L F1. Higher = more diverse.</source>
        <translation>lexical_diversity：1 − 两两 ROUGE-L F1 的平均值。越高 = 越多样。</translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation>Vendi 分数</translation>
    </message>
    <message>
        <source>vendi: the effective number of different responses — exp of the entropy of the eigenvalues of the similarity matrix (cosine of word unigram + bigram counts) divided by n. From 1 (all alike) to n (nothing shared).</source>
        <translation>vendi：不同回复的有效数量 —— 相似度矩阵（词的一元 + 二元计数的余弦）除以 n 后其特征值之熵的指数。范围从 1（全部相同）到 n（毫无共同之处）。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>precision (with an answer set): responses that are valid answers / n.</source>
        <translation>precision（需要答案集）：属于有效答案的回复数 / n。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>coverage (with an answer set): different valid answers given / answers in the set. Higher = more of the possible answers reached.</source>
        <translation>coverage（需要答案集）：给出的不同有效答案数 / 答案集中的答案数。越高 = 覆盖的可能答案越多。</translation>
    </message>
    <message>
        <source>KL to uniform (nats)</source>
        <translation>与均匀分布的 KL 散度（奈特）</translation>
    </message>
    <message>
        <source>kl_uniform (with an answer set): KL(observed ‖ uniform over the valid answers) in nats. 0 = every valid answer equally often. Lower = more even.</source>
        <translation>kl_uniform（需要答案集）：KL(观测分布 ‖ 有效答案上的均匀分布)，单位为奈特。0 = 每个有效答案出现得一样多。越低 = 越均匀。</translation>
    </message>
    <message>
        <source>Semantic diversity</source>
        <translation>语义多样性</translation>
    </message>
    <message>
        <source>semantic_diversity (with an embeddings model): 100 × the mean over pairs of 1 − cosine similarity (clipped to 0–1) of the responses&apos; embeddings, from the provider&apos;s embeddings endpoint. Higher = more diverse.</source>
        <translation>semantic_diversity（需设置嵌入模型）：由服务提供方的嵌入端点得到回复的嵌入，对所有回复两两计算 1 − 余弦相似度（截断到 0–1），取平均值再乘以 100。越高 = 越多样。</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>%1:%2: &quot;%3&quot; is already an alias of &quot;%4&quot;.</source>
        <translation>%1:%2：“%3”已经是“%4”的别名。</translation>
    </message>
    <message>
        <source>%1:%2: the line names no answer.</source>
        <translation>%1:%2：该行没有给出任何答案。</translation>
    </message>
    <message>
        <source>%1 holds no answer.</source>
        <translation>%1 中没有任何答案。</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>不是有效的 JSON（第 %2 列：%1）</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>包含多个 JSON 值</translation>
    </message>
    <message>
        <source>the object has no &quot;text&quot; string</source>
        <translation>该对象没有 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;text&quot; field or a JSON string</source>
        <translation>应为带有 &quot;text&quot; 字段的 JSON 对象或 JSON 字符串</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>unique (exact)</source>
        <translation>不重复数（精确匹配）</translation>
    </message>
    <message>
        <source>entropy (bits)</source>
        <translation>熵（比特）</translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation>distinct-1</translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation>distinct-2</translation>
    </message>
    <message>
        <source>distinct-3</source>
        <translation>distinct-3</translation>
    </message>
    <message>
        <source>ROUGE-L (mean F1)</source>
        <translation>ROUGE-L（平均 F1）</translation>
    </message>
    <message>
        <source>lexical diversity</source>
        <translation>词汇多样性</translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation>Vendi 分数</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>KL from uniform (nats)</source>
        <translation>与均匀分布的 KL 散度（奈特）</translation>
    </message>
    <message>
        <source>- (no valid response)</source>
        <translation>-（没有有效回复）</translation>
    </message>
    <message>
        <source>top clusters</source>
        <translation>最大的聚类</translation>
    </message>
    <message numerus="yes">
        <source>+%n near-duplicate(s)</source>
        <translation>
            <numerusform>+%n 个近似重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cluster(s)</source>
        <translation>
            <numerusform>… 另有 %n 个聚类</numerusform>
        </translation>
    </message>
    <message>
        <source>Diversity metrics of responses you already have: one per line, a JSON object with a &quot;text&quot; field or a JSON string.</source>
        <translation>计算已有回复的多样性指标：每行一条回复，为带有 &quot;text&quot; 字段的 JSON 对象或 JSON 字符串。</translation>
    </message>
    <message>
        <source>An answer set: one valid answer per line, aliases separated by |; adds precision, coverage and kl_uniform.</source>
        <translation>答案集：每行一个有效答案，别名之间用 | 分隔；会增加 precision、coverage 和 kl_uniform 三项指标。</translation>
    </message>
    <message>
        <source>In the table, fold clusters whose ROUGE-L F1 with a larger one is above F (0 to 1).</source>
        <translation>在表格中，若某个聚类与更大聚类的 ROUGE-L F1 高于 F（0 到 1），则将其并入更大的聚类。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The responses; - or nothing reads stdin.</source>
        <translation>回复文件；为 - 或省略时读取标准输入。</translation>
    </message>
    <message>
        <source>metrics reads one file; got %1.</source>
        <translation>metrics 只读取一个文件，但收到了 %1 个。</translation>
    </message>
    <message>
        <source>--merge must be a number from 0 to 1, got &quot;%1&quot;.</source>
        <translation>--merge 必须是 0 到 1 之间的数字，收到的是“%1”。</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;标准输入&gt;</translation>
    </message>
    <message>
        <source>warning: %1 holds no response.</source>
        <translation>警告：%1 中没有任何回复。</translation>
    </message>
    <message>
        <source>semantic diversity</source>
        <translation>语义多样性</translation>
    </message>
    <message>
        <source>Add semantic_diversity: 100 x the mean pairwise cosine distance of the responses&apos; embeddings from model M of --provider (OpenAI-compatible, Ollama or Gemini; not the demo model). Each distinct text is sent once.</source>
        <translation>增加 semantic_diversity：由 --provider 的模型 M 计算回复的嵌入向量，取两两余弦距离的平均值 × 100（兼容 OpenAI、Ollama 或 Gemini；不能是演示模型）。每段不同的文本只发送一次。</translation>
    </message>
    <message>
        <source>With --embeddings-model: the provider that embeds: %1 (default: demo, which has none).</source>
        <translation>与 --embeddings-model 配合使用：计算嵌入的服务提供方：%1（默认：demo，它不提供嵌入）。</translation>
    </message>
    <message>
        <source>With --embeddings-model: the server base URL (default: the preset&apos;s).</source>
        <translation>与 --embeddings-model 配合使用：服务器基础 URL（默认：预设中的 URL）。</translation>
    </message>
    <message>
        <source>With --embeddings-model: read the API key from environment variable VAR.</source>
        <translation>与 --embeddings-model 配合使用：从环境变量 VAR 读取 API 密钥。</translation>
    </message>
    <message>
        <source>--embeddings-model needs a model name.</source>
        <translation>--embeddings-model 需要一个模型名称。</translation>
    </message>
    <message>
        <source>--%1 is only used with --embeddings-model.</source>
        <translation>--%1 只与 --embeddings-model 一起使用。</translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation>--provider：未知服务提供方“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable &quot;%1&quot; is not set or empty.</source>
        <translation>--api-key-env：环境变量“%1”未设置或为空。</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>unknown provider &quot;%1&quot; in &quot;%2&quot;; choose one of: %3.</source>
        <translation>“%2”中的服务提供方“%1”未知；请从以下选择：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a model after the colon, e.g. %2:MODEL.</source>
        <translation>“%1”需要在冒号后写明模型，例如 %2:MODEL。</translation>
    </message>
    <message>
        <source>give at least one PROVIDER:MODEL.</source>
        <translation>请至少给出一个 PROVIDER:MODEL。</translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message>
        <source>Models side by side</source>
        <translation>多模型并排</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>要对比的模型</translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, comma-separated, e.g. openai:gpt-4o-mini, ollama:llama3.2:3b</source>
        <translation>PROVIDER:MODEL，以逗号分隔，例如 openai:gpt-4o-mini, ollama:llama3.2:3b</translation>
    </message>
    <message>
        <source>Comma-separated PROVIDER:MODEL pairs; everything after the first colon is the model</source>
        <translation>以逗号分隔的 PROVIDER:MODEL 对；第一个冒号之后的全部内容都是模型名</translation>
    </message>
    <message>
        <source>&amp;N responses:</source>
        <translation>回复数 N(&amp;N)：</translation>
    </message>
    <message>
        <source>Responses per method</source>
        <translation>每种方法的回复数</translation>
    </message>
    <message>
        <source>About this many responses per method and model; a VS call gives k of them</source>
        <translation>每种方法、每个模型大约生成这么多条回复；一次 VS 调用产生其中 k 条</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>k(&amp;k)：</translation>
    </message>
    <message>
        <source>Candidates per VS call (k)</source>
        <translation>每次 VS 调用的候选数（k）</translation>
    </message>
    <message>
        <source>C&amp;oncurrent calls per model:</source>
        <translation>每个模型的并发调用数(&amp;O)：</translation>
    </message>
    <message>
        <source>Concurrent calls per model</source>
        <translation>每个模型的并发调用数</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run on every model</source>
        <translation>在所有模型上运行</translation>
    </message>
    <message>
        <source>Ask every model for about N responses per method, all models at once (Ctrl+Enter)</source>
        <translation>向每个模型请求每种方法约 N 条回复，所有模型同时进行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel every model</source>
        <translation>取消所有模型</translation>
    </message>
    <message>
        <source>Stop every call and keep what arrived (Esc)</source>
        <translation>停止所有调用，保留已收到的结果（Esc）</translation>
    </message>
    <message>
        <source>Calls done over all models</source>
        <translation>所有模型已完成的调用</translation>
    </message>
    <message>
        <source>Calls done of total</source>
        <translation>已完成调用数 / 总数</translation>
    </message>
    <message>
        <source>Models message</source>
        <translation>模型消息</translation>
    </message>
    <message>
        <source>Answers per model and method</source>
        <translation>各模型与方法的回答</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>统一刻度</translation>
    </message>
    <message>
        <source>Metrics per model and method</source>
        <translation>各模型与方法的指标</translation>
    </message>
    <message>
        <source>Cancelled before the first call.</source>
        <translation>在第一次调用之前已取消。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — simulated by the offline demo model</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 由离线演示模型模拟</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1：尚未开始</translation>
    </message>
    <message>
        <source>%1: %2 calls done, %3 failed</source>
        <translation>%1：已完成 %2 次调用，%3 次失败</translation>
    </message>
    <message>
        <source>%1: %2 calls done, none failed</source>
        <translation>%1：已完成 %2 次调用，无失败</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <source>Calls of %1 on %2</source>
        <translation>%1 在 %2 上的调用</translation>
    </message>
    <message>
        <source>Answers of %1 on %2</source>
        <translation>%1 在 %2 上的回答</translation>
    </message>
    <message>
        <source>No answers: %1</source>
        <translation>无回答：%1</translation>
    </message>
    <message>
        <source>Every chart on one scale: a full-width bar is %1% of a cell&apos;s responses (or of its stated probability).</source>
        <translation>所有图表使用同一刻度：满宽的条形表示一个单元格中 %1% 的回复（或其声明概率）。</translation>
    </message>
    <message>
        <source>%1 / %2
%3</source>
        <translation>%1 / %2
%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>VS / direct for this model: %1</source>
        <translation>此模型的 VS / direct：%1</translation>
    </message>
    <message>
        <source>VS / direct: %1</source>
        <translation>VS / direct：%1</translation>
    </message>
    <message>
        <source>The first VS method&apos;s value divided by direct&apos;s, per model. %1</source>
        <translation>每个模型中第一种 VS 方法的值除以 direct 的值。%1</translation>
    </message>
    <message>
        <source>Reading the providers&apos; keys…</source>
        <translation>正在读取各服务提供方的密钥…</translation>
    </message>
    <message>
        <source>%1 / %2 calls over all models</source>
        <translation>所有模型共 %1 / %2 次调用</translation>
    </message>
    <message>
        <source>Cancelled: the cells show what arrived before.</source>
        <translation>已取消：单元格中显示取消前已收到的结果。</translation>
    </message>
    <message>
        <source>Models with failed calls: %1; each cell says which (hover for the error).</source>
        <translation>有调用失败的模型：%1；各单元格会注明是哪些（悬停查看错误）。</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>模型：%1</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>refused an insecure redirect to %1</source>
        <translation>已拒绝重定向到不安全的地址 %1</translation>
    </message>
    <message>
        <source>The model list is not a JSON object.</source>
        <translation>模型列表不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply has no &quot;choices&quot;.</source>
        <translation>回复中没有 &quot;choices&quot;。</translation>
    </message>
    <message>
        <source>The stream held no completion chunk.</source>
        <translation>流中没有任何补全数据块。</translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1).</source>
        <translation>响应体不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>Packs not loaded: %1.</source>
        <translation>未能加载的场景包：%1。</translation>
    </message>
    <message>
        <source>prompt blocked: %1</source>
        <translation>提示词被拦截：%1</translation>
    </message>
    <message>
        <source>reply withheld: %1</source>
        <translation>回复被屏蔽：%1</translation>
    </message>
    <message>
        <source>No API key is set, so nothing was sent to %1</source>
        <translation>未设置 API 密钥，因此未向 %1 发送任何内容</translation>
    </message>
    <message>
        <source>The API key was rejected by %1 (%2) at %3</source>
        <translation>%1 拒绝了 API 密钥（%2，地址：%3）</translation>
    </message>
    <message>
        <source>%1 has no model list at %2 (%3)</source>
        <translation>%1 在 %2 没有提供模型列表（%3）</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; or its endpoint was not found by %2 (%3) at %4</source>
        <translation>%2 找不到模型“%1”或其端点（%3，地址：%4）</translation>
    </message>
    <message>
        <source>Rate limited by %1 (%2) at %3</source>
        <translation>请求被 %1 限流（%2，地址：%3）</translation>
    </message>
    <message>
        <source>Your quota or credit at %1 is used up (%2) at %3</source>
        <translation>%1 上的配额或余额已用尽（%2，地址：%3）</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2) at %3</source>
        <translation>%1 负载过高（%2，地址：%3）</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) at %3</source>
        <translation>%1 发生服务器错误（%2，地址：%3）</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2) at %3</source>
        <translation>%1 拒绝了请求（%2，地址：%3）</translation>
    </message>
    <message>
        <source>%1 reported an error in the middle of the reply at %2</source>
        <translation>%1 在回复过程中报告了错误（地址：%2）</translation>
    </message>
    <message>
        <source>The text received so far is kept; try again.</source>
        <translation>已保留目前收到的文本；请重试。</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused at %2</source>
        <translation>无法连接到 %1：连接被拒绝（地址：%2）</translation>
    </message>
    <message>
        <source>Host %1 was not found (DNS lookup failed) for %2</source>
        <translation>找不到主机 %1（DNS 查询失败，地址：%2）</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed at %2</source>
        <translation>与 %1 的安全（TLS）连接失败（地址：%2）</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the reply was complete at %2</source>
        <translation>回复完成前与 %1 的连接已断开（地址：%2）</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s at %3, so the call was stopped</source>
        <translation>%2 秒内未从 %1 收到任何数据，调用已停止（地址：%3）</translation>
    </message>
    <message>
        <source>The call to %1 took longer than %2 s and was stopped</source>
        <translation>对 %1 的调用超过 %2 秒，已停止</translation>
    </message>
    <message>
        <source>%1 timed out (%2) at %3</source>
        <translation>%1 超时（%2，地址：%3）</translation>
    </message>
    <message>
        <source>The reply from %1 exceeded the size cap of %2 and was stopped</source>
        <translation>来自 %1 的回复超过了 %2 的大小上限，已停止</translation>
    </message>
    <message>
        <source>%1 blocked the reply for safety reasons (%2) at %3</source>
        <translation>%1 出于安全原因拦截了回复（%2，地址：%3）</translation>
    </message>
    <message>
        <source>Rephrase the prompt.</source>
        <translation>请换一种方式表述提示词。</translation>
    </message>
    <message>
        <source>Unreadable reply from %1 at %2</source>
        <translation>无法读取来自 %1 的回复（地址：%2）</translation>
    </message>
    <message>
        <source>Cancelled the call to %1</source>
        <translation>已取消对 %1 的调用</translation>
    </message>
    <message>
        <source>The call to %1 failed</source>
        <translation>对 %1 的调用失败</translation>
    </message>
    <message>
        <source>The call to %1 failed (%2)</source>
        <translation>对 %1 的调用失败（%2）</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation>尝试 %1 次后放弃。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>ends a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>The offline demo model (demo://offline) found no scenario packs: the built-in packs are missing from this build and %1 holds none. Choose a real provider (--provider, or the Provider list in the window; its API key goes in File → Providers…), or add a pack to that folder: a .json file %2.</source>
        <translation>离线演示模型（demo://offline）找不到任何场景包：此构建中缺少内置场景包，%1 中也没有。请选择一个真实的服务提供方（--provider，或窗口中的“服务提供方”列表；其 API 密钥在“文件 → 服务提供方设置…”中设置），或者在该文件夹中添加一个场景包：一个 .json 文件 %2。</translation>
    </message>
    <message>
        <source>The offline demo model (demo://offline) has no scenario pack for “%1”. It answers only these prompts:%2
Use one of them, add a pack to %3 (a .json file %4), or choose a real provider to ask anything (--provider, or the Provider list in the window; its API key goes in File → Providers…).</source>
        <translation>离线演示模型（demo://offline）没有适用于“%1”的场景包。它只能回答以下提示词：%2
请使用其中之一，或在 %3 中添加场景包（一个 .json 文件 %4），或者选择一个真实的服务提供方来提任意问题（--provider，或窗口中的“服务提供方”列表；其 API 密钥在“文件 → 服务提供方设置…”中设置）。</translation>
    </message>
    <message>
        <source>Structured output is on; turn it off or to automatic for this server (--structured auto, or Advanced → Structured output → Automatic).</source>
        <translation>结构化输出已开启；对此服务器请将其关闭或设为自动（--structured auto，或“高级 → 结构化输出 → 自动”）。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>Set it in File → Providers…, or name the environment variable that holds it with --api-key-env.</source>
        <translation>请在“文件 → 服务提供方设置…”中设置，或用 --api-key-env 指定保存密钥的环境变量。</translation>
    </message>
    <message>
        <source>Set it in File → Providers… or in %1 (--api-key-env names another variable).</source>
        <translation>请在“文件 → 服务提供方设置…”中设置，或设置 %1（--api-key-env 可指定其他变量）。</translation>
    </message>
    <message>
        <source>Check the key in File → Providers…, or in the variable --api-key-env names.</source>
        <translation>请在“文件 → 服务提供方设置…”中检查密钥，或检查 --api-key-env 所指定的变量。</translation>
    </message>
    <message>
        <source>Check the key in File → Providers…, in %1, or in the variable --api-key-env names.</source>
        <translation>请在“文件 → 服务提供方设置…”中检查密钥，或检查 %1 或 --api-key-env 所指定的变量。</translation>
    </message>
    <message>
        <source>Check the base URL (--base-url, or File → Providers…).</source>
        <translation>请检查基础 URL（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>Choose a model the server offers (--model, or the Model list in the window) and check the base URL (--base-url, or File → Providers…).</source>
        <translation>请选择服务器提供的模型（--model，或窗口中的“模型”列表），并检查基础 URL（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or make fewer calls at once (--concurrency, or Advanced → Concurrent calls).</source>
        <translation>请等待一分钟后重试，或减少同时进行的调用（--concurrency，或“高级 → 并发调用”）。</translation>
    </message>
    <message>
        <source>Check your plan and billing details with the provider; retrying will not help.</source>
        <translation>请在服务提供方处检查套餐和账单信息；重试无济于事。</translation>
    </message>
    <message>
        <source>Try again in a moment, or allow more retries (--retries, or Advanced → Retries).</source>
        <translation>请稍等片刻后重试，或允许更多重试（--retries，或“高级 → 重试次数”）。</translation>
    </message>
    <message>
        <source>Is the server running, and is the base URL right (--base-url, or File → Providers…)?</source>
        <translation>服务器是否正在运行？基础 URL 是否正确（--base-url，或“文件 → 服务提供方设置…”）？</translation>
    </message>
    <message>
        <source>Check the base URL (--base-url, or File → Providers…) and your network connection.</source>
        <translation>请检查基础 URL（--base-url，或“文件 → 服务提供方设置…”）和网络连接。</translation>
    </message>
    <message>
        <source>Check http:// versus https:// in the base URL (--base-url, or File → Providers…), and the server&apos;s certificate.</source>
        <translation>请检查基础 URL 使用的是 http:// 还是 https://（--base-url，或“文件 → 服务提供方设置…”），以及服务器证书。</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout for a slow server (--timeout, or Advanced → Timeout (s)).</source>
        <translation>请重试；如果服务器较慢，可调大超时时间（--timeout，或“高级 → 超时（秒）”）。</translation>
    </message>
    <message>
        <source>A model list is far smaller: check the base URL (--base-url, or File → Providers…).</source>
        <translation>模型列表远没有这么大：请检查基础 URL（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>Ask for fewer candidates or tokens (-k, --max-tokens; in the window, k and Advanced → Token limit), or raise the reply size cap (--reply-cap, or Advanced → Reply cap (MiB)).</source>
        <translation>请减少候选数或词元数（-k、--max-tokens；在窗口中为 k 和“高级 → 词元上限”），或调大回复大小上限（--reply-cap，或“高级 → 回复上限（MiB）”）。</translation>
    </message>
    <message>
        <source>%1: no base URL is set. Enter the server&apos;s URL (--base-url, or File → Providers…).</source>
        <translation>%1：未设置基础 URL。请输入服务器的 URL（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid base URL. Give one like http(s)://host[:port]/… (--base-url, or File → Providers…).</source>
        <translation>%1：“%2”不是有效的基础 URL。请按 http(s)://host[:port]/… 的格式填写（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>%1: the base URL %2 must start with http:// or https:// (--base-url, or File → Providers…).</source>
        <translation>%1：基础 URL %2 必须以 http:// 或 https:// 开头（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>The offline demo model has no embeddings, so semantic diversity cannot be computed. Choose a provider with an embeddings endpoint (OpenAI-compatible, Ollama or Gemini), e.g. --provider ollama.</source>
        <translation>离线演示模型没有嵌入功能，因此无法计算语义多样性。请选择提供嵌入端点的服务提供方（兼容 OpenAI、Ollama 或 Gemini），例如 --provider ollama。</translation>
    </message>
    <message>
        <source>%1 offers no embeddings endpoint, so semantic diversity cannot be computed. Choose an OpenAI-compatible, Ollama or Gemini provider.</source>
        <translation>%1 不提供嵌入端点，因此无法计算语义多样性。请选择兼容 OpenAI、Ollama 或 Gemini 的服务提供方。</translation>
    </message>
    <message>
        <source>%1: no embeddings model is set (--embeddings-model).</source>
        <translation>%1：未设置嵌入模型（--embeddings-model）。</translation>
    </message>
    <message>
        <source>The embeddings reply is not a JSON object.</source>
        <translation>嵌入回复不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The embeddings reply has a missing or repeated index.</source>
        <translation>嵌入回复中有缺失或重复的索引。</translation>
    </message>
    <message>
        <source>The embeddings reply holds %1 vectors for %2 texts.</source>
        <translation>嵌入回复中 %2 段文本对应了 %1 个向量。</translation>
    </message>
    <message>
        <source>The embeddings reply holds an empty or unreadable vector.</source>
        <translation>嵌入回复中有空的或无法读取的向量。</translation>
    </message>
    <message>
        <source>An embedding went missing from the cache.</source>
        <translation>缓存中缺失了一个嵌入向量。</translation>
    </message>
</context>
<context>
    <name>ProviderNote</name>
    <message>
        <source>Temperature %1 was capped at %2: %3</source>
        <translation>温度 %1 已被限制为 %2：%3</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>The model refused to answer.</source>
        <translation>模型拒绝回答。</translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>Anthropic models accept temperatures from 0 to 1</source>
        <translation>Anthropic 模型接受的温度范围为 0 到 1</translation>
    </message>
    <message>
        <source>Simulated by the offline demo model</source>
        <translation>由离线演示模型模拟</translation>
    </message>
    <message>
        <source>The server rejected structured output (HTTP %1: %2); retried without it.</source>
        <translation>服务器拒绝了结构化输出（HTTP %1：%2）；已改为不使用结构化输出重试。</translation>
    </message>
    <message>
        <source>%1 is a reasoning model; it runs at its fixed default temperature</source>
        <translation>%1 是推理模型，只能以固定的默认温度运行</translation>
    </message>
    <message>
        <source>%1 is a reasoning model: temperature %2 was not sent (it runs at its fixed default), and the token limit went as max_completion_tokens.</source>
        <translation>%1 是推理模型：未发送温度 %2（它以固定的默认温度运行），词元上限改以 max_completion_tokens 发送。</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Demo model (offline)</source>
        <translation>演示模型（离线）</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>自定义（兼容 OpenAI）</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知服务提供方“%1”。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; needs a base URL (--base-url, or File → Providers…).</source>
        <translation>服务提供方“%1”需要基础 URL（--base-url，或“文件 → 服务提供方设置…”）。</translation>
    </message>
    <message>
        <source>Could not read the key of %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain; it is kept for this session only: %1</source>
        <translation>无法将密钥保存到系统钥匙串；仅在本次会话中保留：%1</translation>
    </message>
    <message>
        <source>Could not remove the key from the system keychain: %1</source>
        <translation>无法从系统钥匙串删除密钥：%1</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Chat requests go to %1</source>
        <translation>聊天请求发送到 %1</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>未知服务提供方</translation>
    </message>
    <message>
        <source>The offline demo model needs no key and no network.</source>
        <translation>离线演示模型不需要密钥，也不需要网络。</translation>
    </message>
    <message>
        <source>Using the environment variable %1; it takes precedence over the keychain.</source>
        <translation>正在使用环境变量 %1；它优先于钥匙串。</translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation>来自 $%1</translation>
    </message>
    <message>
        <source>The stored key will be removed from the system keychain.</source>
        <translation>已保存的密钥将从系统钥匙串中删除。</translation>
    </message>
    <message>
        <source>The key will be saved in the system keychain (never in the settings file).</source>
        <translation>密钥将保存在系统钥匙串中（绝不写入设置文件）。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>系统钥匙串中已保存密钥。输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <source>No key yet. It will be kept in the system keychain.</source>
        <translation>尚无密钥。密钥将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>This provider usually needs no key (local server).</source>
        <translation>此服务提供方通常不需要密钥（本地服务器）。</translation>
    </message>
    <message>
        <source>You can also set %1.</source>
        <translation>也可以设置 %1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <source>Unknown provider.</source>
        <translation>未知服务提供方。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>已连接：可用模型 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务提供方设置</translation>
    </message>
    <message>
        <source>Where VS Lab sends prompts. Keys are kept in the system keychain or read from environment variables; they are never written to the settings file or shown in logs.</source>
        <translation>VS Lab 将提示词发送到哪里。密钥保存在系统钥匙串中或从环境变量读取；绝不会写入设置文件或出现在日志中。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>服务提供方预设</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>删除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation>删除已保存的 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>── Call %1 ──</source>
        <translation>── 调用 %1 ──</translation>
    </message>
    <message>
        <source>── Reply %1 ──</source>
        <translation>── 回复 %1 ──</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>已发送的消息</translation>
    </message>
    <message>
        <source>Messages preview (not sent yet)</source>
        <translation>消息预览（尚未发送）</translation>
    </message>
    <message>
        <source>Raw reply, as it streamed</source>
        <translation>原始回复（流式接收）</translation>
    </message>
    <message>
        <source>Parse result, usage and latency</source>
        <translation>解析结果、用量与延迟</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation>原始回复</translation>
    </message>
    <message>
        <source>Parse result</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <source>Type a prompt to see the messages that will be sent.</source>
        <translation>输入提示词即可查看将要发送的消息。</translation>
    </message>
    <message>
        <source>The parse result appears when the reply is complete.</source>
        <translation>回复完成后显示解析结果。</translation>
    </message>
    <message>
        <source>Status: cancelled; the candidates received so far were kept.</source>
        <translation>状态：已取消；保留了已收到的候选。</translation>
    </message>
    <message>
        <source>Status: failed (%1): %2</source>
        <translation>状态：失败（%1）：%2</translation>
    </message>
    <message>
        <source>Status: completed</source>
        <translation>状态：已完成</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>Candidates: %1 kept, %2 filtered out by τ</source>
        <translation>候选：保留 %1 个，被 τ 过滤 %2 个</translation>
    </message>
    <message>
        <source>τ was relaxed to %1</source>
        <translation>τ 已放宽至 %1</translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation>解析错误：%1</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>警告（%1）：%2</translation>
    </message>
    <message>
        <source>Usage: %1 input tokens, %2 output tokens</source>
        <translation>用量：输入 %1 个词元，输出 %2 个词元</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Usage: not reported by the provider</source>
        <translation>用量：服务提供方未报告</translation>
    </message>
    <message numerus="yes">
        <source>Latency: %1 ms over %n call(s)</source>
        <translation>
            <numerusform>延迟：%1 毫秒，共 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation>模拟结果（离线演示模型）</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>推理过程：</translation>
    </message>
    <message>
        <source>Candidates as parsed (stated → weight):</source>
        <translation>解析得到的候选（声明概率 → 权重）：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation>（不完整）</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n answer(s); the method states no probabilities</source>
        <translation>
            <numerusform>统计了 %n 个回答；此方法不声明概率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stated probabilities (%n written by the model) sum to %1</source>
        <translation>
            <numerusform>声明的概率（模型写出 %n 个）之和为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The model stated no probability</source>
        <translation>模型没有声明概率</translation>
    </message>
    <message>
        <source>Entropy of the weights: %1 bits</source>
        <translation>权重的熵：%1 比特</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>unexpected “%1” at character %2</source>
        <translation>第 %2 个字符处出现意外的“%1”</translation>
    </message>
    <message>
        <source>unexpected end at character %1</source>
        <translation>在第 %1 个字符处意外结束</translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <source>The reply was cut off before its first candidate was complete.</source>
        <translation>回复在第一个候选完成前被截断。</translation>
    </message>
    <message>
        <source>The reply looks like JSON but could not be read: %1.</source>
        <translation>回复看起来是 JSON，但无法读取：%1。</translation>
    </message>
    <message>
        <source>The JSON reply&apos;s &quot;responses&quot; list is empty.</source>
        <translation>JSON 回复中的 &quot;responses&quot; 列表为空。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n item(s) in the JSON &quot;responses&quot; list has a &quot;text&quot;.</source>
        <translation>
            <numerusform>JSON &quot;responses&quot; 列表中的 %n 项都没有 &quot;text&quot;。</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON reply has no &quot;responses&quot; list.</source>
        <translation>JSON 回复中没有 &quot;responses&quot; 列表。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n &lt;response&gt; element(s) in the XML reply has a &lt;text&gt;.</source>
        <translation>
            <numerusform>XML 回复中的 %n 个 &lt;response&gt; 元素都没有 &lt;text&gt;。</numerusform>
        </translation>
    </message>
    <message>
        <source>The XML reply has a &lt;reasoning&gt; but no &lt;response&gt;.</source>
        <translation>XML 回复中有 &lt;reasoning&gt;，但没有 &lt;response&gt;。</translation>
    </message>
    <message>
        <source>The XML reply has no &lt;response&gt; elements.</source>
        <translation>XML 回复中没有 &lt;response&gt; 元素。</translation>
    </message>
    <message>
        <source>No candidates found: the reply is not in the JSON or XML format asked for and has no list with probabilities.</source>
        <translation>未找到候选：回复既不是所要求的 JSON 或 XML 格式，也没有带概率的列表。</translation>
    </message>
    <message>
        <source>The reply was cut off; its last candidate is incomplete.</source>
        <translation>回复被截断；最后一个候选不完整。</translation>
    </message>
    <message>
        <source>The reply was cut off before it was complete.</source>
        <translation>回复在完成前被截断。</translation>
    </message>
    <message>
        <source>The reply was cut off inside a candidate that had no text yet; it was dropped.</source>
        <translation>回复在一个尚无文本的候选处被截断；该候选已丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>The reply was not in the JSON or XML format asked for; %n candidate(s) were read from a plain list instead.</source>
        <translation>
            <numerusform>回复不是所要求的 JSON 或 XML 格式；已改为从普通列表中读取 %n 个候选。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>接收中…</translation>
    </message>
    <message>
        <source>entropy %1 bits</source>
        <translation>熵 %1 比特</translation>
    </message>
    <message>
        <source>stated probabilities sum to %1</source>
        <translation>声明概率之和为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n below τ dropped</source>
        <translation>
            <numerusform>%n 个低于 τ 的候选被丢弃</numerusform>
        </translation>
    </message>
    <message>
        <source>τ relaxed to %1</source>
        <translation>τ 放宽至 %1</translation>
    </message>
    <message>
        <source>Restored from the history (run of %1)</source>
        <translation>已从历史记录恢复（%1 的运行）</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>打开自 %1</translation>
    </message>
    <message>
        <source>“%1” · %2, k = %3</source>
        <translation>“%1” · %2，k = %3</translation>
    </message>
    <message>
        <source>No distribution yet: type a prompt and press Generate (Ctrl+Enter).</source>
        <translation>还没有分布：输入提示词后按“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation>模拟结果（离线演示模型）</translation>
    </message>
    <message>
        <source>Distri&amp;bution</source>
        <translation>分布(&amp;B)</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>原始(&amp;W)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>The offline demo model imitates a chat model; no real model is called.</source>
        <translation>离线演示模型模仿聊天模型；不会调用真实模型。</translation>
    </message>
    <message>
        <source>No provider selected.</source>
        <translation>未选择服务提供方。</translation>
    </message>
    <message>
        <source>Will call %1 · model %2 · %3</source>
        <translation>将调用 %1 · 模型 %2 · %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>key from $%1</source>
        <translation>密钥来自 $%1</translation>
    </message>
    <message>
        <source>key from the system keychain</source>
        <translation>密钥来自系统钥匙串</translation>
    </message>
    <message>
        <source>key set for this session</source>
        <translation>密钥仅用于本次会话</translation>
    </message>
    <message>
        <source>no API key (File → Providers…)</source>
        <translation>没有 API 密钥（文件 → 服务提供方设置…）</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s).</source>
        <translation>
            <numerusform>已复制 %n 个候选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as TSV.</source>
        <translation>
            <numerusform>已将 %n 个候选复制为 TSV。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as Markdown.</source>
        <translation>
            <numerusform>已将 %n 个候选复制为 Markdown。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) counted; this method states no probabilities</source>
        <translation>
            <numerusform>已统计 %n 个回答；此方法不声明概率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probability(ies) filled in, not stated</source>
        <translation>
            <numerusform>%n 个概率为补上的，并非模型声明</numerusform>
        </translation>
    </message>
    <message>
        <source>the model stated no probability</source>
        <translation>模型没有声明概率</translation>
    </message>
    <message>
        <source>Candidate table columns</source>
        <translation>候选表格的列</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>The prompt is empty: type what the model should answer.</source>
        <translation>提示词为空：请输入希望模型回答的内容。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 16 (got %1).</source>
        <translation>并发数必须在 1 到 16 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation>回复中没有任何候选。</translation>
    </message>
    <message>
        <source>Answers per call must be between 1 and %1 (got %2).</source>
        <translation>每次调用的回答数必须在 1 到 %1 之间（收到的是 %2）。</translation>
    </message>
</context>
<context>
    <name>RunArchiveText</name>
    <message>
        <source>The saved run cannot be read: %1</source>
        <translation>无法读取已保存的运行：%1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>&quot;%1&quot; 必须是%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>candidate %1 has no &quot;text&quot; string</source>
        <translation>候选 %1 没有 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;run&quot; or &quot;compare&quot;</source>
        <translation>&quot;kind&quot; 必须是 &quot;run&quot; 或 &quot;compare&quot;</translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation>&quot;distribution&quot;：%1</translation>
    </message>
    <message>
        <source>&quot;uid&quot; is empty</source>
        <translation>&quot;uid&quot; 为空</translation>
    </message>
    <message>
        <source>&quot;candidates&quot; is missing</source>
        <translation>缺少 &quot;candidates&quot;</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message numerus="yes">
        <source>Cancelled. %n candidate(s) received so far are kept (partial).</source>
        <translation>
            <numerusform>已取消。保留已收到的 %n 个候选（不完整）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n candidate(s) received before the error are kept as a partial distribution; an incomplete last candidate is never drawn.</source>
        <translation>
            <numerusform>出错前收到的 %n 个候选已作为不完整分布保留；不完整的最后一个候选永远不会被抽中。</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate arrived before the error.</source>
        <translation>出错前没有收到任何候选。</translation>
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation>回复中没有任何候选。</translation>
    </message>
    <message>
        <source>The raw reply is in the Raw tab (Ctrl+2).</source>
        <translation>原始回复见“原始”标签页（Ctrl+2）。</translation>
    </message>
    <message>
        <source>The reply needed attention:</source>
        <translation>回复需要注意：</translation>
    </message>
    <message numerus="yes">
        <source>The Raw tab lists %n more note(s) that follow from the reply being cut off.</source>
        <translation>
            <numerusform>“原始”标签页还列出了因回复被截断而产生的另外 %n 条说明。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Candidates received</source>
        <translation>已收到的候选</translation>
    </message>
    <message>
        <source>Generating… %1 s · %2 characters received · %3 of %4 candidates</source>
        <translation>正在生成… %1 秒 · 已收到 %2 个字符 · 候选 %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation>%1 秒后取消</translation>
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation>%1 秒后失败</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>用时 %1 秒完成</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>输入 %1 / 输出 %2 个词元</translation>
    </message>
    <message>
        <source>Ready. Ctrl+Enter generates.</source>
        <translation>就绪。按 Ctrl+Enter 生成。</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Next draw uses seed %1</source>
        <translation>下一次抽样使用种子 %1</translation>
    </message>
    <message>
        <source>Generate a distribution, then draw from it.</source>
        <translation>先生成一个分布，再从中抽样。</translation>
    </message>
    <message>
        <source>%1 draws with seed %2: most frequent is this one, %3 of the draws (weight %4).</source>
        <translation>用种子 %2 抽样 %1 次：出现最多的是这一个，占 %3（权重 %4）。</translation>
    </message>
    <message>
        <source>Draw #%1 with seed %2: candidate %3 (weight %4)</source>
        <translation>第 %1 次抽样，种子 %2：候选 %3（权重 %4）</translation>
    </message>
    <message>
        <source>#%1 ×%2 (seed %3): top %4 “%5”</source>
        <translation>#%1 ×%2（种子 %3）：最常见 %4 “%5”</translation>
    </message>
    <message>
        <source>#%1 (seed %2): “%3”</source>
        <translation>#%1（种子 %2）：“%3”</translation>
    </message>
    <message>
        <source>Sample from the distribution</source>
        <translation>从分布中采样</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>采样(&amp;S)</translation>
    </message>
    <message>
        <source>Draw one candidate by the weights with the current seed (Ctrl+D)</source>
        <translation>用当前种子按权重抽取一个候选（Ctrl+D）</translation>
    </message>
    <message>
        <source>Sample one candidate</source>
        <translation>抽取一个候选</translation>
    </message>
    <message>
        <source>Sample ×%1</source>
        <translation>采样 ×%1</translation>
    </message>
    <message>
        <source>Draw many times and show how often each candidate came up</source>
        <translation>多次抽样并显示每个候选出现的频率</translation>
    </message>
    <message>
        <source>Sample many times</source>
        <translation>多次采样</translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>New distribution</source>
        <translation>新分布</translation>
    </message>
    <message>
        <source>Ask the model again</source>
        <translation>再次询问模型</translation>
    </message>
    <message>
        <source>Drawn candidate</source>
        <translation>抽中的候选</translation>
    </message>
    <message>
        <source>Draw histor&amp;y</source>
        <translation>抽样历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Draw history</source>
        <translation>抽样历史</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <source>Clear draw history</source>
        <translation>清空抽样历史</translation>
    </message>
    <message>
        <source>── new distribution ──</source>
        <translation>── 新分布 ──</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The run history is off for this session.</source>
        <translation>本次会话未启用运行历史记录。</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, before restoring another.</source>
        <translation>请等待当前运行结束（或取消它），再恢复其他运行。</translation>
    </message>
    <message>
        <source>The run history is not open.</source>
        <translation>运行历史记录未打开。</translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation>历史记录中没有运行 %1。</translation>
    </message>
    <message>
        <source>The run could not be deleted from the history.</source>
        <translation>未能从历史记录中删除这次运行。</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>未能清空历史记录。</translation>
    </message>
    <message>
        <source>This run could not be saved in the history: %1</source>
        <translation>这次运行未能保存到历史记录：%1</translation>
    </message>
    <message>
        <source>A run is in progress: wait for it or cancel it (Esc).</source>
        <translation>有运行正在进行：请等待其结束或取消它（Esc）。</translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation>未选择服务提供方。</translation>
    </message>
    <message>
        <source>There is no distribution to export yet: generate one or open a file first.</source>
        <translation>还没有可导出的分布：请先生成一个分布或打开文件。</translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, before opening a distribution.</source>
        <translation>请等待当前运行结束（或取消它），再打开分布。</translation>
    </message>
    <message>
        <source>This comparison could not be saved in the history: %1</source>
        <translation>这次对比未能保存到历史记录：%1</translation>
    </message>
    <message>
        <source>Only a run saved in the history can have starred candidates (the history is off, or this distribution came from a file).</source>
        <translation>只有保存在运行历史中的运行才能为候选加星标（运行历史已关闭，或此分布来自文件）。</translation>
    </message>
    <message>
        <source>The star could not be saved: %1</source>
        <translation>无法保存星标：%1</translation>
    </message>
</context>
<context>
    <name>TextExportText</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>声明概率</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测频率</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>VS Lab distribution</source>
        <translation>VS Lab 分布</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>method %1</source>
        <translation>方法 %1</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>服务提供方 %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>温度 %1</translation>
    </message>
    <message>
        <source>τ %1 (%2)</source>
        <translation>τ %1（%2）</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Simulated: written by the offline demo model, not by a language model.</source>
        <translation>模拟结果：由离线演示模型写出，而非语言模型。</translation>
    </message>
    <message numerus="yes">
        <source>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer(s).</source>
        <translation>
            <numerusform>此方法不声明概率：每个权重是模型在全部 %n 个回答中给出该回答的频率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</source>
        <translation>
            <numerusform>%n 个候选没有概率；VS Lab 为其补上了一个概率以便加权（“声明概率”列显示 —，“修正”列显示 missing）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeViewsWindow</name>
    <message>
        <source>Calibration summary</source>
        <translation>校准摘要</translation>
    </message>
    <message>
        <source>close agreement</source>
        <translation>高度一致</translation>
    </message>
    <message>
        <source>partial agreement</source>
        <translation>部分一致</translation>
    </message>
    <message>
        <source>the two views tell different stories</source>
        <translation>两种视图的结论不同</translation>
    </message>
    <message>
        <source>Total variation, stated vs observed: %1 (%2).</source>
        <translation>总变差，声明 vs 观测：%1（%2）。</translation>
    </message>
    <message>
        <source>No stated view: run a VS method next to direct.</source>
        <translation>没有声明视图：请在直接提示之外再运行一种 VS 方法。</translation>
    </message>
    <message>
        <source>Total variation, observed vs token-level: %1 (%2).</source>
        <translation>总变差，观测 vs 词元级：%1（%2）。</translation>
    </message>
    <message>
        <source>No token-level view: tick &quot;Token probabilities&quot; in the lab, on a provider that returns them (not Anthropic or the demo model).</source>
        <translation>没有词元级视图：请在实验室中勾选“词元概率”，并使用会返回词元概率的服务提供方（不能是 Anthropic 或演示模型）。</translation>
    </message>
    <message>
        <source>0 means the two distributions are the same, 1 that they share no answer.</source>
        <translation>0 表示两个分布相同，1 表示二者没有共同的回答。</translation>
    </message>
    <message>
        <source>Three views of one distribution</source>
        <translation>同一分布的三种视图</translation>
    </message>
    <message>
        <source>Stated (VS, pooled over calls)</source>
        <translation>声明（VS，合并所有调用）</translation>
    </message>
    <message>
        <source>Observed (direct calls)</source>
        <translation>观测（直接调用）</translation>
    </message>
    <message>
        <source>Token-level (normalized)</source>
        <translation>词元级（归一化）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Answer clusters</source>
        <translation>回答簇</translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <source>Calibration: stated vs observed</source>
        <translation>校准：声明 vs 观测</translation>
    </message>
    <message>
        <source>Stated, observed and token-level probability per answer</source>
        <translation>每个回答的声明概率、观测概率和词元级概率</translation>
    </message>
    <message>
        <source>Calibration scatter: stated against observed</source>
        <translation>校准散点图：声明 vs 观测</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>First token of the first direct answer, with its competitors: %1.</source>
        <translation>第一个直接回答的首个词元及其竞争者：%1。</translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 必须在 %2 到 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>The timeout in seconds</source>
        <translation>超时秒数</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>The token limit</source>
        <translation>词元上限</translation>
    </message>
    <message>
        <source>The reply size cap in MiB</source>
        <translation>回复大小上限（MiB）</translation>
    </message>
</context>
<context>
    <name>VsIntroDialog</name>
    <message>
        <source>What is Verbalized Sampling?</source>
        <translation>什么是言语化采样？</translation>
    </message>
    <message>
        <source>The idea</source>
        <translation>基本思路</translation>
    </message>
    <message>
        <source>Aligned chat models collapse onto a few typical answers: ask one for a joke five times and you often get the same joke five times. This is mode collapse; the paper traces it to preference data that rewards familiar text.</source>
        <translation>经过对齐的聊天模型会坍缩到少数几个典型回答上：让它讲五次笑话，往往会得到五次同一个笑话。这就是模式坍缩；论文将其归因于偏好数据更青睐人们熟悉的文本。</translation>
    </message>
    <message>
        <source>Verbalized Sampling asks the model to verbalize a distribution instead: k candidate answers, each with a probability. Listing them makes the model name the alternatives it knows, and the program then samples one answer from that stated distribution.</source>
        <translation>言语化采样则要求模型用语言说出一个分布：k 个候选回答，每个都附有概率。把它们一一列出，会促使模型说出它所知道的其他可能回答；程序随后从这个声明的分布中抽取一个回答。</translation>
    </message>
    <message>
        <source>What the paper found</source>
        <translation>论文的发现</translation>
    </message>
    <message>
        <source>Creative writing: diversity 1.6–2.1× that of direct prompting; human-rated diversity +25.7%; 66.8% of the base model&apos;s diversity recovered.</source>
        <translation>创意写作：多样性为直接提示的 1.6–2.1 倍；人工评定的多样性提高 25.7%；恢复了基础模型 66.8% 的多样性。</translation>
    </message>
    <message>
        <source>Human diversity ratings (1–4), direct / sequence / VS: poem 1.90 / 2.07 / 2.39; story 2.74 / 2.76 / 3.06; joke 1.83 / 2.93 / 3.01.</source>
        <translation>人工多样性评分（1–4），直接 / 序列 / VS：诗歌 1.90 / 2.07 / 2.39；故事 2.74 / 2.76 / 3.06；笑话 1.83 / 2.93 / 3.01。</translation>
    </message>
    <message>
        <source>“Name a US state”: Claude-4-Sonnet says “California” in 95 of 100 direct samples; with VS it is 5 of 100 and 20 states are covered.</source>
        <translation>“说出一个美国的州”：直接采样 100 次，Claude-4-Sonnet 有 95 次回答“California”（加利福尼亚）；使用 VS 时 100 次中只有 5 次，并覆盖了 20 个州。</translation>
    </message>
    <message>
        <source>Source: %1, arXiv 2510.01171.</source>
        <translation>来源：%1，arXiv 2510.01171。</translation>
    </message>
    <message>
        <source>The methods</source>
        <translation>各种方法</translation>
    </message>
    <message>
        <source>τ (tau): two meanings, always named</source>
        <translation>τ（tau）：两种含义，界面总会注明是哪一种</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>τ is not used: every candidate is kept.</source>
        <translation>不使用 τ：保留所有候选。</translation>
    </message>
    <message>
        <source>Tail instruction</source>
        <translation>尾部指令</translation>
    </message>
    <message>
        <source>τ goes into the prompt: the model is asked for answers from the tails of its distribution, each less probable than τ. A smaller τ asks for more unusual answers.</source>
        <translation>τ 写入提示词：要求模型从其分布的尾部给出回答，每个回答的概率都低于 τ。τ 越小，要求的回答就越不寻常。</translation>
    </message>
    <message>
        <source>Probability filter</source>
        <translation>概率过滤</translation>
    </message>
    <message>
        <source>τ never enters the prompt: after the reply, candidates stated below τ are dropped. When too few survive, the most probable are kept and the chart says τ was relaxed.</source>
        <translation>τ 不进入提示词：收到回复后，丢弃声明概率低于 τ 的候选。如果保留下来的太少，就保留概率最高的几个，并在图表中注明 τ 已放宽。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to VS Lab</source>
        <translation>欢迎使用 VS Lab</translation>
    </message>
    <message>
        <source>Ask a chat model for a joke five times and you often get the same joke five times: this is mode collapse. Verbalized Sampling (VS) asks instead for k answers, each with a probability, and samples from that distribution. VS Lab shows the distribution and lets you sample from it; the offline demo model works without an account or a network.</source>
        <translation>让聊天模型讲五次笑话，往往会得到五次同一个笑话：这就是模式坍缩。言语化采样（VS）则请求 k 个回答，每个都附有概率，再从这个分布中抽样。VS Lab 展示这个分布并让你从中抽样；离线演示模型无需账号，也无需联网。</translation>
    </message>
    <message>
        <source>Try the demo model with one of the prompts it knows:</source>
        <translation>选一个演示模型认识的提示词试试：</translation>
    </message>
    <message>
        <source>Close the welcome panel (Help → Show welcome brings it back)</source>
        <translation>关闭欢迎页（可通过“帮助 → 显示欢迎页”重新打开）</translation>
    </message>
    <message>
        <source>Close the welcome panel</source>
        <translation>关闭欢迎页</translation>
    </message>
    <message>
        <source>Ask the offline demo model “%1” and show its distribution</source>
        <translation>向离线演示模型提问“%1”并显示其分布</translation>
    </message>
    <message>
        <source>Try “%1”</source>
        <translation>试试“%1”</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>服务提供方设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open distribution…</source>
        <translation>打开分布(&amp;O)…</translation>
    </message>
    <message>
        <source>Show a distribution saved as JSON, by VS Lab or the Python package, to sample from it</source>
        <translation>打开由 VS Lab 或 Python 包保存为 JSON 的分布，并从中采样</translation>
    </message>
    <message>
        <source>&amp;Export distribution…</source>
        <translation>导出分布(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the distribution shown as JSON, CSV or Markdown</source>
        <translation>将当前分布导出为 JSON、CSV 或 Markdown</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>将图表保存为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation>运行历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the saved runs (Ctrl+H)</source>
        <translation>显示或隐藏已保存的运行（Ctrl+H）</translation>
    </message>
    <message>
        <source>C&amp;lear run history…</source>
        <translation>清空运行历史记录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy candidate</source>
        <translation>复制候选(&amp;C)</translation>
    </message>
    <message>
        <source>Copy all as &amp;TSV</source>
        <translation>全部复制为 TSV(&amp;T)</translation>
    </message>
    <message>
        <source>Copy all as &amp;Markdown</source>
        <translation>全部复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>采样(&amp;S)</translation>
    </message>
    <message>
        <source>Sample &amp;many</source>
        <translation>多次采样(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New distribution</source>
        <translation>新分布(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;lear draw history</source>
        <translation>清空抽样历史(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>分布(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Raw view</source>
        <translation>原始视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit prompt</source>
        <translation>编辑提示词(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About VS Lab</source>
        <translation>关于 VS Lab(&amp;A)</translation>
    </message>
    <message>
        <source>About VS Lab</source>
        <translation>关于 VS Lab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for Verbalized Sampling (arXiv 2510.01171): ask a model for k answers with probabilities, see the distribution, sample from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;言语化采样（Verbalized Sampling，arXiv 2510.01171）工作台：向模型请求 k 个带概率的回答，查看分布，并从中采样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>侧边面板</translation>
    </message>
    <message>
        <source>&amp;What is Verbalized Sampling?</source>
        <translation>什么是言语化采样(&amp;W)？</translation>
    </message>
    <message>
        <source>Show &amp;welcome</source>
        <translation>显示欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>Show the welcome panel with the demo model&apos;s prompts again</source>
        <translation>重新显示欢迎页及演示模型的提示词</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Mode-&amp;collapse lab…</source>
        <translation>模式坍缩实验室(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare direct prompting with Verbalized Sampling over many responses (Ctrl+M)</source>
        <translation>在大量回复上对比直接提示与言语化采样（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Models side by side…</source>
        <translation>多模型并排(&amp;M)…</translation>
    </message>
    <message>
        <source>Run the same prompt and methods on several models at once (Ctrl+Shift+M)</source>
        <translation>同时在多个模型上运行相同的提示词和方法（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>&amp;Star candidate</source>
        <translation>为候选加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Star or unstar the selected candidates of this saved run (Ctrl+B); the run history keeps the stars</source>
        <translation>为此已保存运行中选中的候选加上或取消星标（Ctrl+B）；运行历史会保留星标</translation>
    </message>
</context>
</TS>
