<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>partial</source>
        <translation>不完整</translation>
    </message>
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
        <source>#%1 · stated %2 · weight %3</source>
        <translation>#%1 · 声明 %2 · 权重 %3</translation>
    </message>
    <message>
        <source> · observed %1</source>
        <translation> · 观测 %1</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>%1 Temperature set to %2.</source>
        <translation>%1 温度已设为 %2。</translation>
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
        <translation>服务商(&amp;I)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
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
        <translation>服务商设置…</translation>
    </message>
    <message>
        <source>Configure providers</source>
        <translation>配置服务商</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About VS Lab</source>
        <translation>关于 VS Lab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for Verbalized Sampling (arXiv 2510.01171): ask a model for k answers with probabilities, see the distribution, sample from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;言语化采样（Verbalized Sampling，arXiv 2510.01171）工作台：向模型请求 k 个带概率的回答，查看分布，并从中采样。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>VS Lab</source>
        <translation>VS Lab</translation>
    </message>
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
        <translation>服务商设置(&amp;P)…</translation>
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
        <translation>全部复制为 &amp;TSV</translation>
    </message>
    <message>
        <source>Copy all as &amp;Markdown</source>
        <translation>全部复制为 &amp;Markdown</translation>
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
        <source>Simulated (offline demo model)</source>
        <translation>模拟结果（离线演示模型）</translation>
    </message>
    <message>
        <source>The offline demo model imitates a chat model; no real model is called.</source>
        <translation>离线演示模型模仿聊天模型；不会调用真实模型。</translation>
    </message>
    <message>
        <source>Candidates received</source>
        <translation>已收到的候选</translation>
    </message>
    <message>
        <source>Ready. Ctrl+Enter generates.</source>
        <translation>就绪。按 Ctrl+Enter 生成。</translation>
    </message>
    <message>
        <source>Could not read the key from the system keychain: %1</source>
        <translation>无法从系统钥匙串读取密钥：%1</translation>
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
            <numerusform>可用模型 %n 个</numerusform></translation>
    </message>
    <message>
        <source>No provider selected.</source>
        <translation>未选择服务商。</translation>
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
        <translation>没有 API 密钥（文件 → 服务商设置…）</translation>
    </message>
    <message>
        <source>Could not remove the key from the system keychain: %1</source>
        <translation>无法从系统钥匙串删除密钥：%1</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain; it is kept for this session only.</source>
        <translation>无法将密钥保存到系统钥匙串；仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation>未选择服务商。</translation>
    </message>
    <message>
        <source>Generating… %1 s · %2 characters received · %3 of %4 candidates</source>
        <translation>正在生成… %1 秒 · 已收到 %2 个字符 · 候选 %3/%4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n candidate(s) received so far are kept (partial).</source>
        <translation>
            <numerusform>已取消。保留已收到的 %n 个候选（不完整）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n candidate(s) received before the error are kept as a partial distribution.</source>
        <translation>
            <numerusform>出错前收到的 %n 个候选已作为不完整分布保留。</numerusform></translation>
    </message>
    <message>
        <source>No candidate arrived before the error.</source>
        <translation>出错前没有收到任何候选。</translation>
    </message>
    <message>
        <source>The raw reply is in the Raw tab (Ctrl+2).</source>
        <translation>原始回复见“原始”标签页（Ctrl+2）。</translation>
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation>回复中没有任何候选。</translation>
    </message>
    <message>
        <source>The reply needed attention:</source>
        <translation>回复需要注意：</translation>
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
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选</numerusform></translation>
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
        <source>No distribution yet: type a prompt and press Generate (Ctrl+Enter).</source>
        <translation>还没有分布：输入提示词后按“生成”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>“%1” · %2, k = %3</source>
        <translation>“%1” · %2，k = %3</translation>
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
            <numerusform>%n 个低于 τ 的候选被丢弃</numerusform></translation>
    </message>
    <message>
        <source>τ relaxed to %1</source>
        <translation>τ 放宽至 %1</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>接收中…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s).</source>
        <translation>
            <numerusform>已复制 %n 个候选。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as TSV.</source>
        <translation>
            <numerusform>已将 %n 个候选复制为 TSV。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as Markdown.</source>
        <translation>
            <numerusform>已将 %n 个候选复制为 Markdown。</numerusform></translation>
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
    <name>ProvidersDialog</name>
    <message>
        <source>Chat requests go to %1</source>
        <translation>聊天请求发送到 %1</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>未知服务商</translation>
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
        <translation>此服务商通常不需要密钥（本地服务器）。</translation>
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
        <translation>未知服务商。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>已连接：可用模型 %n 个。</numerusform></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商设置</translation>
    </message>
    <message>
        <source>Where VS Lab sends prompts. Keys are kept in the system keychain or read from environment variables; they are never written to the settings file or shown in logs.</source>
        <translation>VS Lab 将提示词发送到哪里。密钥保存在系统钥匙串中或从环境变量读取；绝不会写入设置文件或出现在日志中。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>服务商预设</translation>
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
        <source>Stated probabilities sum to %1; entropy of the weights %2 bits</source>
        <translation>声明概率之和为 %1；权重的熵为 %2 比特</translation>
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
        <translation>用量：服务商未报告</translation>
    </message>
    <message numerus="yes">
        <source>Latency: %1 ms over %n call(s)</source>
        <translation>
            <numerusform>延迟：%1 毫秒，共 %n 次调用</numerusform></translation>
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
        <translation>#%1 ×%2（种子 %3）：最多 %4 “%5”</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>VS Lab: see and sample the distribution behind an LLM's answer.</source>
        <translation>VS Lab：查看大语言模型回答背后的分布，并从中采样。</translation>
    </message>
    <message>
        <source>Provider preset (demo, openai, ollama, …).</source>
        <translation>服务商预设（demo、openai、ollama 等）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>模型名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
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
        <source>direct, direct-cot, sequence, multi-turn, vs-standard, vs-cot, vs-multi.</source>
        <translation>direct、direct-cot、sequence、multi-turn、vs-standard、vs-cot、vs-multi。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Number of candidates (1-100).</source>
        <translation>候选数（1-100）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>τ value (used when a τ mode is chosen).</source>
        <translation>τ 值（选择 τ 模式后生效）。</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>off, tail or filter.</source>
        <translation>off、tail 或 filter。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>采样温度。</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Seed for sampling (default: random).</source>
        <translation>采样种子（默认随机）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Generate as soon as the window opens.</source>
        <translation>窗口打开后立即生成。</translation>
    </message>
    <message>
        <source>Save the window as a PNG once the run has finished (or at once without --run).</source>
        <translation>运行结束后将窗口保存为 PNG（未指定 --run 时立即保存）。</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>文件.png</translation>
    </message>
    <message>
        <source>Quit after the run and screenshot (or once the window has painted); settings are not saved.</source>
        <translation>运行和截图完成后（或窗口绘制完成后）退出；不保存设置。</translation>
    </message>
    <message>
        <source>After --run, draw n times and show the observed frequencies.</source>
        <translation>--run 之后抽样 n 次并显示观测频率。</translation>
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
        <translation>多余的参数：%1（参见 --help）</translation>
    </message>
    <message>
        <source>unknown provider "%1" (see --help)</source>
        <translation>未知服务商“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>unknown method "%1"</source>
        <translation>未知方法“%1”</translation>
    </message>
    <message>
        <source>-k needs a whole number</source>
        <translation>-k 需要一个整数</translation>
    </message>
    <message>
        <source>--tau needs a number</source>
        <translation>--tau 需要一个数字</translation>
    </message>
    <message>
        <source>--tau-mode must be off, tail or filter</source>
        <translation>--tau-mode 必须是 off、tail 或 filter</translation>
    </message>
    <message>
        <source>--temperature needs a number</source>
        <translation>--temperature 需要一个数字</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed 需要一个整数</translation>
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation>--size 的格式应为 1400x900</translation>
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
</TS>