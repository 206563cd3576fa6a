<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Sea–rail</source>
        <translation>海铁联运</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Other mode</source>
        <translation>其他运输方式</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>类型：{0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>国家：{0}</translation>
    </message>
    <message>
        <source>{plant} ({product}): {output} of {capacity} ({utilisation})</source>
        <translation>{plant}（{product}）：{output} / {capacity}（{utilisation}）</translation>
    </message>
    <message>
        <source>{product}: {met} met, {unmet} unmet of {quantity}</source>
        <translation>{product}：需求 {quantity}，已满足 {met}，未满足 {unmet}</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <source>Mode: {0}</source>
        <translation>运输方式：{0}</translation>
    </message>
    <message>
        <source>Tonnes: {0} t</source>
        <translation>吨数：{0} 吨</translation>
    </message>
    <message>
        <source>Capacity: {0}</source>
        <translation>运力：{0}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>{0} t</source>
        <translation>{0} 吨</translation>
    </message>
    <message>
        <source>Utilisation: {0}</source>
        <translation>利用率：{0}</translation>
    </message>
    <message>
        <source>Transit: {0} days</source>
        <translation>在途：{0} 天</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>线路 {0}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>已达时间限制</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>无界</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Solver failed</source>
        <translation>求解器失败</translation>
    </message>
    <message>
        <source>Unused lane</source>
        <translation>未使用的线路</translation>
    </message>
    <message>
        <source>Investment built</source>
        <translation>已建投资</translation>
    </message>
    <message>
        <source>Preferential (agreement)</source>
        <translation>优惠（协定）</translation>
    </message>
    <message>
        <source>General (MFN) rate</source>
        <translation>普通（最惠国）税率</translation>
    </message>
    <message>
        <source>Duty-free or domestic</source>
        <translation>免税或国内</translation>
    </message>
    <message>
        <source>{regime}: {tonnes} t</source>
        <translation>{regime}：{tonnes} 吨</translation>
    </message>
</context>
<context>
    <name>BottleneckChart</name>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>plant, per unit of output</source>
        <translation>工厂，每单位产量</translation>
    </message>
    <message>
        <source>lane, per tonne</source>
        <translation>线路，每吨</translation>
    </message>
    <message>
        <source>Cost saved per extra
unit of capacity (%1)</source>
        <translation>每增加一单位能力
节省的成本（%1）</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>工厂或线路</translation>
    </message>
</context>
<context>
    <name>BottlenecksPage</name>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>no capacity binds: one more unit anywhere would save nothing</source>
        <translation>没有能力约束起作用：任何地方多一单位能力都不会节省成本</translation>
    </message>
    <message>
        <source>%1 binding capacities, most valuable first</source>
        <translation>%1 项能力已达上限，价值最高者在前</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>One more unit of capacity here saves %1 %2</source>
        <translation>此处每增加一单位产能可节省 %1 %2</translation>
    </message>
    <message>
        <source>One more tonne of capacity here saves %1 %2</source>
        <translation>此处每增加一吨运力可节省 %1 %2</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>blank = default</source>
        <translation>留空 = 默认值</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
</context>
<context>
    <name>CofailureView</name>
    <message>
        <source>Closure</source>
        <translation>关闭项</translation>
    </message>
    <message>
        <source>Closed with</source>
        <translation>同时关闭</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>同时发生</translation>
    </message>
    <message>
        <source>Sampled years in which both closed</source>
        <translation>两者同时关闭的抽样年份数</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>If independent</source>
        <translation>若相互独立</translation>
    </message>
    <message>
        <source>How often the two would close together if they were unrelated (the product of their own frequencies)</source>
        <translation>若两者互不相关，同时关闭的频率（两者各自频率之积）</translation>
    </message>
    <message>
        <source>With lost service</source>
        <translation>伴随服务损失</translation>
    </message>
    <message>
        <source>Closures that happen together</source>
        <translation>同时发生的关闭</translation>
    </message>
    <message>
        <source>pairs of closed elements in the same sampled year, most frequent first</source>
        <translation>同一抽样年份中同时关闭的要素对，按频率从高到低</translation>
    </message>
    <message>
        <source>No two closures happened in the same sampled year (of %1); more samples may find some.</source>
        <translation>在 %1 个抽样年份中没有两个关闭同时发生；增加样本可能会发现一些。</translation>
    </message>
</context>
<context>
    <name>CostHistogram</name>
    <message>
        <source>Total cost of the sampled years</source>
        <translation>抽样年份的总成本</translation>
    </message>
    <message>
        <source>Total cost (%1/yr)</source>
        <translation>总成本（%1/年）</translation>
    </message>
    <message>
        <source>Sampled years</source>
        <translation>抽样年份数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
</context>
<context>
    <name>CostSplitChart</name>
    <message>
        <source>Cost split</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <source>Cost (%1/yr)</source>
        <translation>成本（%1/年）</translation>
    </message>
</context>
<context>
    <name>DemandChart</name>
    <message>
        <source>Demand by market</source>
        <translation>各市场需求</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Demand (%1/yr)</source>
        <translation>需求（%1/年）</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>已满足 %1</translation>
    </message>
</context>
<context>
    <name>DemandPage</name>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>%1 of %2 demand rows not met in full (highlighted)</source>
        <translation>%2 条需求中有 %1 条未完全满足（已突出显示）</translation>
    </message>
    <message>
        <source>not worth serving: delivering would cost more than the unmet-demand penalty</source>
        <translation>不值得供应：交付成本将高于未满足需求罚金</translation>
    </message>
    <message>
        <source>no capacity left: %1 used up</source>
        <translation>无剩余产能：%1 已用尽</translation>
    </message>
    <message>
        <source>not worth expanding: %1 used up, and another investment module would cost more than it saves</source>
        <translation>不值得扩建：%1 已用尽，再增加一个投资模块的成本将高于其节省</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The network could not be checked: %1</source>
        <translation>无法检查该网络：%1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Change vs base</source>
        <translation>相对基准的变化</translation>
    </message>
    <message>
        <source>CO2 (t)</source>
        <translation>CO2（吨）</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Unmet (units)</source>
        <translation>未满足（单位）</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳排放</translation>
    </message>
    <message>
        <source>Unmet penalty</source>
        <translation>未满足需求罚金</translation>
    </message>
    <message>
        <source>Unmet (t)</source>
        <translation>未满足（吨）</translation>
    </message>
    <message>
        <source>Unmet (penalty value)</source>
        <translation>未满足（罚金价值）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失去的环节</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Cost increase</source>
        <translation>成本增加</translation>
    </message>
    <message>
        <source>Duty saved</source>
        <translation>节省的关税</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>工厂或线路</translation>
    </message>
    <message>
        <source>Base case</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <source>In the scenario</source>
        <translation>情景中</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>线路</translation>
    </message>
</context>
<context>
    <name>InvestmentsPage</name>
    <message>
        <source>Investments</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Chokepoints</source>
        <translation>咽喉要道</translation>
    </message>
    <message>
        <source>groups: %1; a limited group&apos;s shadow price is what one more tonne allowed on it saves</source>
        <translation>组数：%1；受限组的影子价格是该组多允许一吨所节省的成本</translation>
    </message>
    <message>
        <source>this workbook has no Investments rows</source>
        <translation>此工作簿没有投资行</translation>
    </message>
    <message>
        <source>%1 of %2 investments built, %3 %4 a year</source>
        <translation>已建设 %2 项投资中的 %1 项，每年 %3 %4</translation>
    </message>
    <message>
        <source>A mixed-integer plan, proven within a gap of %1 %. Shadow prices on every page are those of the plan with its investments and on/off decisions fixed.</source>
        <translation>混合整数方案，已证明差距不超过 %1 %。各页面上的影子价格均为固定投资和开停决策后方案的影子价格。</translation>
    </message>
    <message>
        <source>Switched off by their minimum output: %1.</source>
        <translation>因最低产量而停产：%1。</translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <source>Lane use</source>
        <translation>线路使用</translation>
    </message>
    <message>
        <source>Flows by lane and product</source>
        <translation>按线路和产品的流量</translation>
    </message>
    <message>
        <source>%1 lanes, %2 at binding capacity (highlighted)</source>
        <translation>%1 条线路，其中 %2 条已达运力上限（已突出显示）</translation>
    </message>
    <message>
        <source>%1 flows</source>
        <translation>%1 条流量</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>创建行副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>Solve the capacity-allocation LP</source>
        <translation>求解产能分配线性规划</translation>
    </message>
    <message>
        <source>&amp;Cancel solve</source>
        <translation>取消求解(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Fit map to the corridor</source>
        <translation>地图缩放至通道(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;all sites</source>
        <translation>显示全部站点(&amp;A)</translation>
    </message>
    <message>
        <source>Colour flows by duty &amp;regime</source>
        <translation>按关税制度为流量着色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Twin Parks planner</source>
        <translation>关于双园规划器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Solve &amp;all scenarios</source>
        <translation>求解所有情景(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tress test</source>
        <translation>压力测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Risk analysis…</source>
        <translation>风险分析(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Write the plan as an Excel or PDF report</source>
        <translation>将方案导出为 Excel 或 PDF 报告</translation>
    </message>
    <message>
        <source>Open a workbook (Ctrl+O)</source>
        <translation>打开工作簿 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save the workbook (Ctrl+S)</source>
        <translation>保存工作簿 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Solve the plan in the background (F5)</source>
        <translation>在后台求解方案 (F5)</translation>
    </message>
    <message>
        <source>Stop the running solve (Esc)</source>
        <translation>停止正在进行的求解 (Esc)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1 (copy, not saved yet)</source>
        <translation>%1（副本，尚未保存）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>The file was not opened; the current network is unchanged.</source>
        <translation>文件未打开；当前网络保持不变。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <source>Save the file anyway?</source>
        <translation>仍要保存该文件吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 was not saved; your edits are still open here.</source>
        <translation>%1 未保存；您的修改仍在此处打开。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>结果已过期</translation>
    </message>
    <message>
        <source>The network changed after the last solve, so the results no longer match it. Solve now and export the new plan?</source>
        <translation>上次求解后网络已更改，结果已不再与之相符。现在求解并导出新方案吗？</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The network has unsaved changes. Save them?</source>
        <translation>网络有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <source>Preferential, general-rate and duty-free flows in their own colours</source>
        <translation>优惠、普通税率和免税流量各用一种颜色</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>About Twin Parks planner</source>
        <translation>关于双园规划器</translation>
    </message>
    <message>
        <source>Twin Parks planner %1
Capacity allocation for the China–Malaysia Qinzhou and Kuantan industrial parks.</source>
        <translation>双园规划器 %1
中马钦州产业园区与马中关丹产业园区的产能分配。</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在检查工作簿…</translation>
    </message>
    <message>
        <source>Cannot solve yet</source>
        <translation>暂时无法求解</translation>
    </message>
    <message>
        <source>%1 error(s) must be fixed first; they are listed in the Problems panel.</source>
        <translation>须先修正 %1 个错误；它们列在“问题”面板中。</translation>
    </message>
    <message>
        <source>Solved: optimal plan</source>
        <translation>求解完成：最优方案</translation>
    </message>
    <message>
        <source>Solve cancelled</source>
        <translation>求解已取消</translation>
    </message>
    <message>
        <source>No optimal plan</source>
        <translation>没有最优方案</translation>
    </message>
    <message>
        <source>The solver returned &apos;%1&apos;: %2</source>
        <translation>求解器返回“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ModeTonnesChart</name>
    <message>
        <source>Freight by transport mode</source>
        <translation>各运输方式货运量</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Tonnes carried, all legs (%1/yr)</source>
        <translation>运量，全部区段（%1/年）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>Preferential (agreement)</source>
        <translation>优惠（协定）</translation>
    </message>
    <message>
        <source>General (MFN) rate</source>
        <translation>普通（最惠国）税率</translation>
    </message>
    <message>
        <source>Duty-free or domestic</source>
        <translation>免税或国内</translation>
    </message>
    <message>
        <source>{regime}: {tonnes} t</source>
        <translation>{regime}：{tonnes} 吨</translation>
    </message>
    <message>
        <source>Duty regime</source>
        <translation>关税制度</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>枢纽</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Sea–rail</source>
        <translation>海铁联运</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Other mode</source>
        <translation>其他运输方式</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>类型：{0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>国家：{0}</translation>
    </message>
    <message>
        <source>{plant} ({product}): {output} of {capacity} ({utilisation})</source>
        <translation>{plant}（{product}）：{output} / {capacity}（{utilisation}）</translation>
    </message>
    <message>
        <source>{product}: {met} met, {unmet} unmet of {quantity}</source>
        <translation>{product}：需求 {quantity}，已满足 {met}，未满足 {unmet}</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <source>Mode: {0}</source>
        <translation>运输方式：{0}</translation>
    </message>
    <message>
        <source>Tonnes: {0} t</source>
        <translation>吨数：{0} 吨</translation>
    </message>
    <message>
        <source>Capacity: {0}</source>
        <translation>运力：{0}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Utilisation: {0}</source>
        <translation>利用率：{0}</translation>
    </message>
    <message>
        <source>Transit: {0} days</source>
        <translation>在途：{0} 天</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>线路 {0}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>{0} t</source>
        <translation>{0} 吨</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>经度（°E）</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>纬度（°N）</translation>
    </message>
    <message>
        <source>Flows out of date: the network changed since the last solve (F5 solves again)</source>
        <translation>流量已过期：上次求解后网络已更改（按 F5 重新求解）</translation>
    </message>
    <message>
        <source>Unused lane</source>
        <translation>未使用的线路</translation>
    </message>
    <message>
        <source>Investment built</source>
        <translation>已建投资</translation>
    </message>
</context>
<context>
    <name>OriginDutyPage</name>
    <message>
        <source>Duty where goods are used</source>
        <translation>货物使用地缴纳的关税</translation>
    </message>
    <message>
        <source>Output originating under an agreement</source>
        <translation>在协定下取得原产资格的产量</translation>
    </message>
    <message>
        <source>%1 %3 paid, %2 %3 saved by preferences (highlighted)</source>
        <translation>已缴 %1 %3，优惠税率节省 %2 %3（高亮显示）</translation>
    </message>
    <message>
        <source>%1 plant and agreement pairs</source>
        <translation>%1 组工厂与协定</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>… and %1 more rows; the Excel report has them all</source>
        <translation>……另有 %1 行；Excel 报告包含全部行</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Duty is paid once, where goods are used (a plant&apos;s input or a market), by the country they originate in: %1 %2 a year, %3 at general rates%4. Preferences save %5 %2 against the general rates.</source>
        <translation>关税只在货物使用地（工厂投入或市场）按原产国缴纳一次：每年 %1 %2，其中按普通税率 %3%4。优惠税率比普通税率节省 %5 %2。</translation>
    </message>
    <message>
        <source>Origin and duty</source>
        <translation>原产地与关税</translation>
    </message>
    <message>
        <source>Duty where goods are used</source>
        <translation>货物使用地的关税</translation>
    </message>
    <message>
        <source>Output originating under an agreement</source>
        <translation>按协定取得原产资格的产量</translation>
    </message>
    <message>
        <source>; under agreements %1</source>
        <translation>；按协定 %1</translation>
    </message>
    <message>
        <source>general</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>plant or row</source>
        <translation>工厂或行</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>税制</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>by RVC</source>
        <translation>按区域价值成分</translation>
    </message>
    <message>
        <source>by shift</source>
        <translation>按税则归类改变</translation>
    </message>
    <message>
        <source>wholly</source>
        <translation>完全获得</translation>
    </message>
    <message>
        <source>RVC</source>
        <translation>区域价值成分</translation>
    </message>
    <message>
        <source>duty (%1)</source>
        <translation>关税（%1）</translation>
    </message>
    <message>
        <source>saved (%1)</source>
        <translation>节省（%1）</translation>
    </message>
    <message>
        <source>Capacity allocation and landed cost — China–Malaysia Qinzhou Industrial Park (Guangxi) and Malaysia–China Kuantan Industrial Park (Pahang)</source>
        <translation>产能分配与到岸成本——中马钦州产业园区（广西）与马中关丹产业园区（彭亨）</translation>
    </message>
    <message>
        <source>Twin Parks planning report</source>
        <translation>两国双园规划报告</translation>
    </message>
    <message>
        <source>Cost split</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Network and flows</source>
        <translation>网络与流量</translation>
    </message>
    <message>
        <source>Sites by kind and lanes by mode; the line width of a lane is proportional to the tonnes it carries in the plan.</source>
        <translation>按类型显示站点，按运输方式显示线路；线路宽度与其在方案中承运的吨数成正比。</translation>
    </message>
    <message>
        <source>Network map: Qinzhou–Kuantan corridor and the Western Land–Sea New Corridor</source>
        <translation>网络地图：钦州—关丹通道与西部陆海新通道</translation>
    </message>
    <message>
        <source>Costs and capacity</source>
        <translation>成本与产能</translation>
    </message>
    <message>
        <source>Demand and bottlenecks</source>
        <translation>需求与瓶颈</translation>
    </message>
    <message>
        <source>Production plan</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <source>Lanes and flows</source>
        <translation>线路与流量</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Capacities whose next unit saves money, most valuable first (plants per unit of output, lanes per tonne).</source>
        <translation>再增加一个单位即可节省成本的产能，按价值从高到低排列（工厂按每单位产量，线路按每吨）。</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>未满足需求</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>投资计划</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Solved at</source>
        <translation>求解时间</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Total, penalty included</source>
        <translation>合计（含罚金）</translation>
    </message>
    <message>
        <source>Nothing is shipped.</source>
        <translation>没有任何货物运输。</translation>
    </message>
    <message>
        <source>No capacity limits the plan: no extra capacity would save money.</source>
        <translation>没有产能限制方案：增加产能不会节省成本。</translation>
    </message>
    <message>
        <source>Every demand row is met in full.</source>
        <translation>每一行需求都已全部满足。</translation>
    </message>
    <message>
        <source>cost part</source>
        <translation>成本项</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Output per plant, in units of its product per year; costs in %1 per year. Rows at full capacity or with a positive shadow price (the cost saved per extra unit of capacity, %1/unit) are highlighted. Sites by id: their names are in the Sites table at the end.</source>
        <translation>各工厂的年产量，以其产品单位计；成本以每年 %1 计。满负荷或影子价格为正（每增加一个单位产能节省的成本，%1/单位）的行已突出显示。站点以编号表示，名称见末尾的站点表。</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>shadow price</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>to</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>plant or lane</source>
        <translation>工厂或线路</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Demand rows the plan leaves short, in units per year. Marginal cost: what one more unit delivered to the market would cost (%1/unit).</source>
        <translation>方案未能满足的需求行，以每年单位数计。边际成本：向该市场多交付一个单位的成本（%1/单位）。</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>met %</source>
        <translation>满足率</translation>
    </message>
    <message>
        <source>marginal cost</source>
        <translation>边际成本</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>capacity added</source>
        <translation>新增产能</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>saving per extra unit (%1)</source>
        <translation>每增加一单位节省（%1）</translation>
    </message>
    <message>
        <source>cost/yr (%1)</source>
        <translation>年成本（%1）</translation>
    </message>
    <message>
        <source>if not built (%1)</source>
        <translation>若不建设（%1）</translation>
    </message>
    <message>
        <source>The map shows the %1 busiest of the %2 lanes and the sites they join; the Excel report has every lane.</source>
        <translation>地图显示 %2 条线路中最繁忙的 %1 条及其连接的站点；Excel 报告包含全部线路。</translation>
    </message>
    <message>
        <source>The %1 largest of %2 flows, in tonnes per year, with their freight and tariff cost (%3 per year).</source>
        <translation>%2 条流量中最大的 %1 条，以每年吨数计，并列出其运费和关税成本（每年 %3）。</translation>
    </message>
    <message>
        <source>%1 of %2 investments are built, for %3 %4 a year. Cost of not investing: how much more the plan would cost a year with the investment held at its committed modules (one re-solve each). Shadow prices are those of the plan with its investments fixed.</source>
        <translation>%2 项投资中建设 %1 项，每年 %3 %4。不投资的代价：若该投资只保持已承诺的模块，方案每年多花的成本（每项重新求解一次）。影子价格为固定投资后方案的影子价格。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Automatic (the workbook&apos;s, else by size)</source>
        <translation>自动（按工作簿设置，否则按规模）</translation>
    </message>
    <message>
        <source>HiGHS</source>
        <translation>HiGHS</translation>
    </message>
    <message>
        <source>CBC</source>
        <translation>CBC</translation>
    </message>
    <message>
        <source>Linear-programming solver used by Solve</source>
        <translation>“求解”使用的线性规划求解器</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The solve stops after this many seconds</source>
        <translation>求解在这么多秒后停止</translation>
    </message>
    <message>
        <source>&amp;Solver:</source>
        <translation>求解器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking the network…</source>
        <translation>正在检查网络…</translation>
    </message>
    <message>
        <source>No problems: the network can be solved.</source>
        <translation>没有问题：可以求解该网络。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s) — double-click a problem to go to its cell</source>
        <translation>%1 个错误，%2 个警告 — 双击问题可跳转到对应单元格</translation>
    </message>
</context>
<context>
    <name>ProductionPage</name>
    <message>
        <source>Production by plant</source>
        <translation>各工厂产量</translation>
    </message>
    <message>
        <source>%1 of %2 plants at binding capacity (highlighted)</source>
        <translation>%2 家工厂中有 %1 家已达产能上限（已突出显示）</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Solve the model to an optimal plan before exporting a report.</source>
        <translation>请先将模型求解为最优方案，再导出报告。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 already exists and is not a report written by Twin Parks planner. Replace it with the report? What it holds now will be lost.</source>
        <translation>%1 已存在，且不是双园规划器生成的报告。要用报告替换它吗？其中现有的内容将会丢失。</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>无法写入报告：
%1</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Why unmet</source>
        <translation>未满足原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What one more unit of capacity is worth</source>
        <translation>多一单位能力的价值</translation>
    </message>
    <message>
        <source>No capacity left (the used-up plants and lanes are named), not worth expanding (they could take another investment module, which would cost more than it saves), or not worth serving at the unmet-demand penalty</source>
        <translation>无剩余产能（列出已用尽的工厂和线路），不值得扩建（它们还可增加投资模块，但成本将高于其节省），或按未满足需求罚金计不值得供应</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results are out of date: the network changed since this plan was solved. Press F5 to solve again.</source>
        <translation>结果已过期：求解此方案后网络已更改。按 F5 重新求解。</translation>
    </message>
    <message>
        <source>No plan yet: press F5 to solve</source>
        <translation>尚无方案：按 F5 求解</translation>
    </message>
    <message>
        <source>No optimal plan: the solver stopped with status “%1”.</source>
        <translation>没有最优方案：求解器以状态“%1”停止。</translation>
    </message>
    <message>
        <source>Check the Problems list, then press F5 to solve again.</source>
        <translation>请检查问题列表，然后按 F5 重新求解。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Lanes &amp;&amp; flows</source>
        <translation>线路与流量</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Origin &amp;&amp; duty</source>
        <translation>原产地与关税</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>&amp;Samples:</source>
        <translation>样本数(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>How many futures to sample from the Risks sheet</source>
        <translation>从 Risks 工作表抽取多少个未来情形</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers</source>
        <translation>相同的种子给出相同的结果</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Risk results are out of date: the network changed since these samples were solved. Press Run to sample again.</source>
        <translation>风险结果已过期：求解这些样本后网络已更改。按“运行”重新抽样。</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Co-failures</source>
        <translation>共同失效</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>正在检查工作簿…</translation>
    </message>
    <message>
        <source>%1 error(s) must be fixed first; they are listed in the Problems panel.</source>
        <translation>须先修正 %1 个错误；它们列在“问题”面板中。</translation>
    </message>
    <message>
        <source>Solving the base plan, then %1 samples…</source>
        <translation>正在求解基准方案，然后求解 %1 个样本…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 samples solved</source>
        <translation>已求解 %1 / %2 个样本</translation>
    </message>
    <message>
        <source>Cancelled: no samples kept</source>
        <translation>已取消：未保留任何样本</translation>
    </message>
    <message>
        <source>The risk process stopped unexpectedly (exit code %1).</source>
        <translation>风险分析进程意外停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 samples; their distribution is shown</source>
        <translation>在 %1 / %2 个样本后取消；显示的是这些样本的分布</translation>
    </message>
    <message>
        <source>%1 samples solved (seed %2)</source>
        <translation>已求解 %1 个样本（种子 %2）</translation>
    </message>
    <message>
        <source>— %1 without an optimal plan are left out</source>
        <translation>— 已剔除 %1 个无最优方案的样本</translation>
    </message>
    <message>
        <source>%1/yr</source>
        <translation>%1/年</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>CVaR 95 %: the mean of the worst 5 % of years</source>
        <translation>CVaR 95 %：最差 5 % 年份的平均值</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Tonnes delivered / tonnes demanded</source>
        <translation>交付吨数 / 需求吨数</translation>
    </message>
    <message>
        <source>Base plan</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>第 5 百分位</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <source>CVaR 95 %</source>
        <translation>CVaR 95 %</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>均值的标准误差</translation>
    </message>
    <message>
        <source>Probability that service &lt; %1</source>
        <translation>服务水平 &lt; %1 的概率</translation>
    </message>
    <message>
        <source>This workbook has no Risks sheet, so there is nothing to sample.

Add a Risks sheet with one row per random factor: a closure of a lane, site, plant or chokepoint group with its probability (and a duration as a share of the year), or a shock on supply costs, freight, demand or a currency with its distribution. Factors with the same group move together. The bundled example has one.</source>
        <translation>此工作簿没有 Risks 工作表，因此没有可抽样的内容。

请添加 Risks 工作表，每个随机因素一行：线路、站点、工厂或咽喉要道组的关闭及其概率（以及以全年份额表示的持续时间），或供应成本、运费、需求或汇率的冲击及其分布。同一组的因素同步变动。随附的示例中就有一个。</translation>
    </message>
    <message>
        <source>Set the number of samples and the seed, then press Run: each sampled year is solved with the base plan&apos;s investments held.</source>
        <translation>设置样本数和随机种子，然后按“运行”：每个抽样年份都在保持基准方案投资不变的情况下求解。</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Landed cost by scenario</source>
        <translation>各情景的到岸成本</translation>
    </message>
    <message>
        <source>% of demanded tonnes</source>
        <translation>占需求吨数的 %</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Solve all</source>
        <translation>全部求解</translation>
    </message>
    <message>
        <source>Run stress test</source>
        <translation>运行压力测试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Biggest changes against the base case</source>
        <translation>相对基准情景的最大变化</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>压力测试</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>正在求解…</translation>
    </message>
    <message>
        <source>Stress test…</source>
        <translation>压力测试…</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <source>{0} scenario(s) solved</source>
        <translation>已求解 {0} 个情景</translation>
    </message>
    <message>
        <source>{0} cases ranked</source>
        <translation>已排序 {0} 个情形</translation>
    </message>
</context>
<context>
    <name>ServiceCurve</name>
    <message>
        <source>How often service falls below a level</source>
        <translation>服务水平低于某一水平的频率</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>服务水平（%）</translation>
    </message>
    <message>
        <source>Sampled years below it (%)</source>
        <translation>低于该水平的抽样年份（%）</translation>
    </message>
    <message>
        <source>95 %: %1 of years below</source>
        <translation>95 %：%1 的年份低于此水平</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation>向 %1 添加行</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s) from %1</source>
        <translation>
            <numerusform>从 %1 删除 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s) in %1</source>
        <translation>
            <numerusform>在 %1 中创建 %n 行副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cells in %1</source>
        <translation>清除 %1 中的单元格</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>粘贴到 %1</translation>
    </message>
</context>
<context>
    <name>SheetTableModel</name>
    <message>
        <source>A column this tool does not know: kept and saved unchanged.</source>
        <translation>本工具不识别的列：原样保留并保存。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>SolveRunner</name>
    <message>
        <source>The solve was cancelled.</source>
        <translation>求解已取消。</translation>
    </message>
    <message>
        <source>The solver process stopped unexpectedly (exit code %1).</source>
        <translation>求解器进程意外停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>The solve could not run: %1</source>
        <translation>无法运行求解：%1</translation>
    </message>
    <message>
        <source>Starting the solver</source>
        <translation>正在启动求解器</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>正在检查工作簿</translation>
    </message>
    <message>
        <source>Building the model</source>
        <translation>正在构建模型</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>正在求解</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>正在读取结果</translation>
    </message>
    <message>
        <source>Costing the investments</source>
        <translation>正在核算投资</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SolveStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the solve</source>
        <translation>停止求解</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>SolverStatus</name>
    <message>
        <source>Optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>已达时间限制</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>无界</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Solver failed</source>
        <translation>求解器失败</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Total landed cost per year</source>
        <translation>每年总到岸成本</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>supply, production, freight, tariffs and carbon; the unmet-demand penalty is not included</source>
        <translation>采购、生产、运费、关税和碳成本；不含未满足需求罚金</translation>
    </message>
    <message>
        <source>against the previous solve: %1 %2, service level %3 points</source>
        <translation>与上次求解相比：%1 %2，服务水平 %3 个百分点</translation>
    </message>
    <message>
        <source>%1 demand rows not met in full; unmet-demand penalty %2</source>
        <translation>%1 行需求未完全满足；未满足需求罚金 %2</translation>
    </message>
    <message>
        <source>of the demanded tonnes delivered</source>
        <translation>需求吨数的交付比例</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 吨</translation>
    </message>
    <message>
        <source>production and transport, per year</source>
        <translation>生产与运输，每年</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every demand row is met in full</source>
        <translation>所有需求均已完全满足</translation>
    </message>
    <message>
        <source>solved in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <source>Plant utilisation</source>
        <translation>工厂产能利用率</translation>
    </message>
    <message>
        <source>binding capacity</source>
        <translation>已达产能上限</translation>
    </message>
    <message>
        <source>spare capacity</source>
        <translation>富余产能</translation>
    </message>
    <message>
        <source>Utilisation (% of capacity)</source>
        <translation>利用率（占产能 %）</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>tonnes per year</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <source>{currency} per year, excl. penalty</source>
        <translation>{currency}/年，不含罚金</translation>
    </message>
    <message>
        <source>of demanded tonnes met</source>
        <translation>需求吨数已满足</translation>
    </message>
    <message>
        <source>The largest cost parts are {first} ({first_share}) and {second} ({second_share}) of the landed cost.</source>
        <translation>到岸成本中最大的成本项是{first}（{first_share}）和{second}（{second_share}）。</translation>
    </message>
    <message>
        <source>{binding} of {plants} plants are binding (full, or worth money to extend).</source>
        <translation>{plants} 家工厂中有 {binding} 家为紧约束（满负荷，或扩产有价值）。</translation>
    </message>
    <message>
        <source>The most valuable extra capacity is plant {id}: each extra unit would save {saving} {currency}.</source>
        <translation>最有价值的新增产能是工厂 {id}：每增加一个单位可节省 {saving} {currency}。</translation>
    </message>
    <message>
        <source>The most valuable extra capacity is lane {id}: each extra tonne would save {saving} {currency}.</source>
        <translation>最有价值的新增运力是线路 {id}：每增加一吨可节省 {saving} {currency}。</translation>
    </message>
    <message>
        <source>Demand is not fully met in {markets} market(s), most at {market} ({tonnes} tonnes per year).</source>
        <translation>有 {markets} 个市场的需求未完全满足，缺口最大的是{market}（每年 {tonnes} 吨）。</translation>
    </message>
    <message>
        <source>All demand is met.</source>
        <translation>所有需求均已满足。</translation>
    </message>
    <message>
        <source>Duty paid where goods are used: {duty} {currency} ({general} at general rates; under agreements: {claimed}); preferences save {saved} {currency}.</source>
        <translation>在货物使用地缴纳的关税：{duty} {currency}（按普通税率 {general}；按协定：{claimed}）；优惠税率节省 {saved} {currency}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>RVC</source>
        <translation>区域价值成分</translation>
    </message>
    <message>
        <source>tariff shift</source>
        <translation>税则归类改变</translation>
    </message>
    <message>
        <source>originating inputs</source>
        <translation>原产投入</translation>
    </message>
    <message>
        <source>{plant} qualifies under {agreement} by {options}.</source>
        <translation>{plant} 按 {agreement} 取得原产资格，依据：{options}。</translation>
    </message>
    <message>
        <source>{count} more rows qualify (the Excel report lists them all).</source>
        <translation>另有 {count} 行取得原产资格（Excel 报告中列出全部）。</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Plant id on the Plants sheet.</source>
        <translation>Plants 工作表中的工厂标识。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Site where the plant stands.</source>
        <translation>工厂所在的站点。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product the plant makes.</source>
        <translation>工厂生产的产品。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>units/yr</source>
        <translation>单位/年</translation>
    </message>
    <message>
        <source>Maximum output per year.</source>
        <translation>每年最大产量。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Units made per year in the plan.</source>
        <translation>方案中每年生产的单位数。</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Share of the capacity used; blank where capacity is unlimited.</source>
        <translation>已用产能的比例；产能不限时为空。</translation>
    </message>
    <message>
        <source>Shadow price</source>
        <translation>影子价格</translation>
    </message>
    <message>
        <source>{currency}/unit</source>
        <translation>{currency}/单位</translation>
    </message>
    <message>
        <source>Cost saved per extra unit of capacity.</source>
        <translation>每增加一个单位产能节省的成本。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>{currency}/yr</source>
        <translation>{currency}/年</translation>
    </message>
    <message>
        <source>Production cost per year (inputs excluded).</source>
        <translation>每年的生产成本（不含投入品）。</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <source>CO2 emitted by production per year.</source>
        <translation>生产每年排放的 CO2。</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>紧约束</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Whether the plant runs; a plant with a min_output may be switched off (then it makes nothing).</source>
        <translation>工厂是否运行；设有 min_output 的工厂可以停产（此时产量为零）。</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Lane id on the Lanes sheet.</source>
        <translation>Lanes 工作表中的线路标识。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Site the lane leaves.</source>
        <translation>线路出发的地点。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Site the lane reaches.</source>
        <translation>线路到达的地点。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Transport mode (sea, rail, road ...).</source>
        <translation>运输方式（海运、铁路、公路……）。</translation>
    </message>
    <message>
        <source>Tonnes the lane can carry per year; blank where unlimited.</source>
        <translation>线路每年可运输的吨数；不限时为空。</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>运量</translation>
    </message>
    <message>
        <source>Tonnes carried per year in the plan.</source>
        <translation>方案中每年运输的吨数。</translation>
    </message>
    <message>
        <source>{currency}/t</source>
        <translation>{currency}/吨</translation>
    </message>
    <message>
        <source>Cost saved per extra tonne of capacity.</source>
        <translation>每增加一吨运力节省的成本。</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Days in transit.</source>
        <translation>在途天数。</translation>
    </message>
    <message>
        <source>Full (utilisation at least 99.9 %) or worth money to extend (shadow price above 0); never for a lane of capacity 0 that no investment can extend (closed: nothing to act on).</source>
        <translation>已满（利用率至少 99.9%）或扩容有价值（影子价格大于 0）；容量为 0 且没有投资可扩容的线路从不算紧约束（已关闭：无可采取的措施）。</translation>
    </message>
    <message>
        <source>Lane that carries the flow.</source>
        <translation>承运该流量的线路。</translation>
    </message>
    <message>
        <source>Site the flow leaves.</source>
        <translation>流量出发的地点。</translation>
    </message>
    <message>
        <source>Site the flow reaches.</source>
        <translation>流量到达的地点。</translation>
    </message>
    <message>
        <source>Transport mode of the lane.</source>
        <translation>线路的运输方式。</translation>
    </message>
    <message>
        <source>Product carried.</source>
        <translation>运输的产品。</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Country the goods originate in (possible origins joined by | where origin changes no duty or rule).</source>
        <translation>货物的原产国（若原产地不影响关税或规则，可能的原产国以 | 连接）。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Agreement the goods originate under (blank: none claimed or it makes no difference).</source>
        <translation>货物所依据的原产协定（留空：未申报，或申报与否无差别）。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Units carried per year.</source>
        <translation>每年运输的单位数。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Tonnes carried per year.</source>
        <translation>每年运输的吨数。</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Freight cost per year.</source>
        <translation>每年的运费。</translation>
    </message>
    <message>
        <source>Duty rate on entry</source>
        <translation>入境关税税率</translation>
    </message>
    <message>
        <source>Rate these goods pay where the lane enters another country, if used there (duty is paid once, where used: see the Duty table).</source>
        <translation>线路进入另一国家时、若货物在该国使用所适用的税率（关税只在使用地征收一次：见关税表）。</translation>
    </message>
    <message>
        <source>Duty on entry</source>
        <translation>入境关税</translation>
    </message>
    <message>
        <source>Duty due where the lane enters another country, if the goods are used there; not charged for goods that go on.</source>
        <translation>线路进入另一国家时、若货物在该国使用所应缴的关税；继续转运的货物不征收。</translation>
    </message>
    <message>
        <source>CO2 emitted by transport per year.</source>
        <translation>运输每年排放的 CO2。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Row of this demand on the Demand sheet.</source>
        <translation>该需求在 Demand 工作表中的行号。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Site where the demand is.</source>
        <translation>需求所在的地点。</translation>
    </message>
    <message>
        <source>Product demanded.</source>
        <translation>需求的产品。</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Units demanded per year.</source>
        <translation>每年需求的单位数。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Units delivered per year.</source>
        <translation>每年交付的单位数。</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Units not delivered per year.</source>
        <translation>每年未交付的单位数。</translation>
    </message>
    <message>
        <source>Met share</source>
        <translation>满足比例</translation>
    </message>
    <message>
        <source>Share of the demand delivered.</source>
        <translation>已交付需求的比例。</translation>
    </message>
    <message>
        <source>Weight per unit</source>
        <translation>单位重量</translation>
    </message>
    <message>
        <source>t/unit</source>
        <translation>吨/单位</translation>
    </message>
    <message>
        <source>Tonnes per unit of the product.</source>
        <translation>该产品每单位的吨数。</translation>
    </message>
    <message>
        <source>Tonnes delivered per year.</source>
        <translation>每年交付的吨数。</translation>
    </message>
    <message>
        <source>Tonnes not delivered per year.</source>
        <translation>每年未交付的吨数。</translation>
    </message>
    <message>
        <source>Marginal landed cost</source>
        <translation>边际到岸成本</translation>
    </message>
    <message>
        <source>What one more unit delivered here would cost the plan.</source>
        <translation>向此处多交付一个单位会使方案增加的成本。</translation>
    </message>
    <message>
        <source>Row of this source on the Supply sheet.</source>
        <translation>该货源在 Supply 工作表中的行号。</translation>
    </message>
    <message>
        <source>Site where the goods are bought.</source>
        <translation>采购货物的地点。</translation>
    </message>
    <message>
        <source>Product bought.</source>
        <translation>采购的产品。</translation>
    </message>
    <message>
        <source>Units available per year; blank where unlimited.</source>
        <translation>每年可供应的单位数；不限时为空。</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Units bought per year in the plan.</source>
        <translation>方案中每年采购的单位数。</translation>
    </message>
    <message>
        <source>Purchase cost per year.</source>
        <translation>每年的采购成本。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>plant or lane.</source>
        <translation>工厂或线路。</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>工厂或线路</translation>
    </message>
    <message>
        <source>Id of the plant or lane.</source>
        <translation>工厂或线路的标识。</translation>
    </message>
    <message>
        <source>Cost saved per extra unit of capacity</source>
        <translation>每增加一个单位产能节省的成本</translation>
    </message>
    <message>
        <source>{currency}/unit or t</source>
        <translation>{currency}/单位或吨</translation>
    </message>
    <message>
        <source>Per unit of output for a plant, per tonne for a lane.</source>
        <translation>工厂按每单位产量计，线路按每吨计。</translation>
    </message>
    <message>
        <source>Share of the capacity used.</source>
        <translation>已用产能的比例。</translation>
    </message>
    <message>
        <source>units or t/yr</source>
        <translation>单位或吨/年</translation>
    </message>
    <message>
        <source>Units per year for a plant, tonnes per year for a lane.</source>
        <translation>工厂为每年单位数，线路为每年吨数。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>plant input or demand: where the goods are used and duty is charged.</source>
        <translation>工厂投入或需求：货物使用并征收关税之处。</translation>
    </message>
    <message>
        <source>Plant or demand row</source>
        <translation>工厂或需求行</translation>
    </message>
    <message>
        <source>The plant consuming the goods, or the Demand row they are delivered to.</source>
        <translation>消耗该货物的工厂，或货物交付的需求行。</translation>
    </message>
    <message>
        <source>Site of the use.</source>
        <translation>使用地站点。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Importing country: the country of the site.</source>
        <translation>进口国：站点所在的国家。</translation>
    </message>
    <message>
        <source>Product used.</source>
        <translation>所使用的产品。</translation>
    </message>
    <message>
        <source>Country the goods originate in.</source>
        <translation>货物的原产国。</translation>
    </message>
    <message>
        <source>Agreement whose preferential rate is paid (blank: the general rate).</source>
        <translation>所适用优惠税率的协定（留空：普通税率）。</translation>
    </message>
    <message>
        <source>Units used per year.</source>
        <translation>每年使用的数量。</translation>
    </message>
    <message>
        <source>Duty rate</source>
        <translation>关税税率</translation>
    </message>
    <message>
        <source>Rate paid: the general rate or the lower preferential one.</source>
        <translation>实际税率：普通税率或较低的优惠税率。</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Duty paid per year.</source>
        <translation>每年缴纳的关税。</translation>
    </message>
    <message>
        <source>General rate</source>
        <translation>普通税率</translation>
    </message>
    <message>
        <source>The general (MFN) rate on the same goods.</source>
        <translation>同一货物的普通（最惠国）税率。</translation>
    </message>
    <message>
        <source>Duty saved</source>
        <translation>节省的关税</translation>
    </message>
    <message>
        <source>Duty the preference saves against the general rate.</source>
        <translation>优惠税率相对普通税率节省的关税。</translation>
    </message>
    <message>
        <source>Plant whose output claims the agreement.</source>
        <translation>其产品申报该协定原产资格的工厂。</translation>
    </message>
    <message>
        <source>Site of the plant.</source>
        <translation>工厂所在站点。</translation>
    </message>
    <message>
        <source>Agreement the output originates under.</source>
        <translation>产品所依据的原产协定。</translation>
    </message>
    <message>
        <source>Output claimed</source>
        <translation>申报原产的产量</translation>
    </message>
    <message>
        <source>Units per year originating under the agreement.</source>
        <translation>每年在该协定下取得原产资格的数量。</translation>
    </message>
    <message>
        <source>By RVC</source>
        <translation>按区域价值成分</translation>
    </message>
    <message>
        <source>Units qualifying by regional value content.</source>
        <translation>按区域价值成分取得资格的数量。</translation>
    </message>
    <message>
        <source>By tariff shift</source>
        <translation>按税则归类改变</translation>
    </message>
    <message>
        <source>Units qualifying by the change of chapter/heading/subheading (with de minimis).</source>
        <translation>按章/品目/子目改变（含微小含量）取得资格的数量。</translation>
    </message>
    <message>
        <source>From originating inputs</source>
        <translation>完全使用原产投入品</translation>
    </message>
    <message>
        <source>Units made only from originating inputs (the agreement has no rule for the product).</source>
        <translation>完全由原产投入品制成的数量（该协定对此产品无规则）。</translation>
    </message>
    <message>
        <source>RVC required</source>
        <translation>规定区域价值成分</translation>
    </message>
    <message>
        <source>Minimum regional value content of the rule; blank without an RVC option.</source>
        <translation>规则要求的最低区域价值成分；无区域价值成分选项时留空。</translation>
    </message>
    <message>
        <source>RVC achieved</source>
        <translation>实际区域价值成分</translation>
    </message>
    <message>
        <source>1 − non-originating input value ÷ output value, over the output claimed.</source>
        <translation>1 − 非原产投入品价值 ÷ 产品价值，按申报的产量计算。</translation>
    </message>
    <message>
        <source>RVC headroom</source>
        <translation>区域价值成分余量</translation>
    </message>
    <message>
        <source>RVC achieved minus required, where output qualifies by RVC.</source>
        <translation>实际区域价值成分减去规定值（适用于按区域价值成分取得资格的产量）。</translation>
    </message>
    <message>
        <source>Value of originating input</source>
        <translation>原产投入品价值</translation>
    </message>
    <message>
        <source>{currency}/{currency}</source>
        <translation>{currency}/{currency}</translation>
    </message>
    <message>
        <source>What one more unit of originating input value at this plant saves (the RVC row&apos;s dual).</source>
        <translation>本工厂每增加一个单位原产投入品价值可节省的成本（区域价值成分约束的对偶值）。</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Investment id on the Investments sheet.</source>
        <translation>投资表中的投资标识。</translation>
    </message>
    <message>
        <source>Id of the plant or lane the modules add to.</source>
        <translation>模块所增加产能的工厂或线路标识。</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Modules built in the plan.</source>
        <translation>方案中建设的模块数。</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Modules committed before the plan (min_modules).</source>
        <translation>方案之前已承诺的模块数（min_modules）。</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Most modules that may be built (max_modules).</source>
        <translation>最多可建设的模块数（max_modules）。</translation>
    </message>
    <message>
        <source>Capacity added</source>
        <translation>新增产能</translation>
    </message>
    <message>
        <source>Capacity the modules built add: units per year for a plant, tonnes per year for a lane.</source>
        <translation>所建模块增加的产能：工厂为每年单位数，线路为每年吨数。</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>年成本</translation>
    </message>
    <message>
        <source>Annual cost of the modules built.</source>
        <translation>所建模块的年成本。</translation>
    </message>
    <message>
        <source>Cost of not investing</source>
        <translation>不投资的代价</translation>
    </message>
    <message>
        <source>How much the plan&apos;s cost rises if the investment is held at its committed modules (one re-solve); blank where nothing optional was built.</source>
        <translation>若该投资仅保留已承诺的模块，方案成本上升多少（重新求解一次）；未建设可选模块时留空。</translation>
    </message>
    <message>
        <source>Chokepoint</source>
        <translation>咽喉要道</translation>
    </message>
    <message>
        <source>Chokepoint group id on the Chokepoints sheet.</source>
        <translation>咽喉表中的咽喉组标识。</translation>
    </message>
    <message>
        <source>On the group</source>
        <translation>经该组</translation>
    </message>
    <message>
        <source>Tonnes of the group&apos;s products carried on its lanes per year.</source>
        <translation>该组产品每年在其线路上运输的吨数。</translation>
    </message>
    <message>
        <source>Tonnes of those products delivered to demand or consumed by plants per year.</source>
        <translation>这些产品每年交付给需求或被工厂消耗的吨数。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Tonnes on the group as a share of the tonnes used.</source>
        <translation>经该组的吨数占所用吨数的份额。</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The group&apos;s max_share; blank where it has no limit.</source>
        <translation>该组的 max_share；无限制时留空。</translation>
    </message>
    <message>
        <source>Cost saved per extra tonne the limit would allow.</source>
        <translation>上限每多允许一吨所节省的成本。</translation>
    </message>
    <message>
        <source>Total landed cost</source>
        <translation>总到岸成本</translation>
    </message>
    <message>
        <source>Supply, production, transport, tariffs, carbon, the unmet-demand penalty and the annual cost of investments.</source>
        <translation>供应、生产、运输、关税、碳排放、未满足需求罚金以及投资的年度成本。</translation>
    </message>
    <message>
        <source>Annual cost of the investment modules built (Investments sheet); 0 without investments.</source>
        <translation>已建投资模块的年度成本（Investments 工作表）；无投资时为 0。</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Full (utilisation at least 99.9 %) or worth money to extend (shadow price above 0); never for a plant of capacity 0 that no investment can extend (not built: nothing to act on).</source>
        <translation>已满（利用率至少 99.9%）或扩容有价值（影子价格大于 0）；容量为 0 且没有投资可扩容的工厂从不算紧约束（未建成：无可采取的措施）。</translation>
    </message>
    <message>
        <source>1 = the binding capacity whose next unit saves the most.</source>
        <translation>1 = 每增加一个单位可节省最多成本的紧约束产能。</translation>
    </message>
    <message>
        <source>Share of the demanded tonnes delivered.</source>
        <translation>已交付的需求吨数比例。</translation>
    </message>
    <message>
        <source>CO₂ emissions</source>
        <translation>CO₂ 排放</translation>
    </message>
    <message>
        <source>CO2 of production and transport per year.</source>
        <translation>生产和运输每年的 CO2。</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>未满足需求</translation>
    </message>
    <message>
        <source>Raw material supply</source>
        <translation>原材料供应</translation>
    </message>
    <message>
        <source>Cost of the goods bought (Supply sheet).</source>
        <translation>采购货物的成本（Supply 工作表）。</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Production cost of the plants.</source>
        <translation>各工厂的生产成本。</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>Freight on the lanes.</source>
        <translation>各线路上的运费。</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Duty paid once where goods are used, by origin (general or preferential rate).</source>
        <translation>在货物使用地按原产地征收一次的关税（普通或优惠税率）。</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳排放</translation>
    </message>
    <message>
        <source>Carbon price times the tonnes of CO2.</source>
        <translation>碳价乘以 CO2 吨数。</translation>
    </message>
    <message>
        <source>Unmet-demand penalty</source>
        <translation>未满足需求罚金</translation>
    </message>
    <message>
        <source>Penalty of the demand not delivered.</source>
        <translation>未交付需求的罚金。</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Unique site identifier, referenced by the other sheets.</source>
        <translation>唯一的站点编号，供其他工作表引用。</translation>
    </message>
    <message>
        <source>Unique site identifier, referenced by the other sheets. Required.</source>
        <translation>唯一的站点编号，供其他工作表引用。必填。</translation>
    </message>
    <message>
        <source>Display name (any language).</source>
        <translation>显示名称（任何语言）。</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 country code, e.g. CN or MY; decides which flows cross a border.</source>
        <translation>ISO 3166 二字母国家代码，例如 CN 或 MY；决定哪些流量跨越国境。</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 country code, e.g. CN or MY; decides which flows cross a border. Required.</source>
        <translation>ISO 3166 二字母国家代码，例如 CN 或 MY；决定哪些流量跨越国境。必填。</translation>
    </message>
    <message>
        <source>park, port, market, supplier or hub.</source>
        <translation>park（园区）、port（港口）、market（市场）、supplier（供应商）或 hub（枢纽）。</translation>
    </message>
    <message>
        <source>park, port, market, supplier or hub. Default: hub.</source>
        <translation>park（园区）、port（港口）、market（市场）、supplier（供应商）或 hub（枢纽）。默认值：hub。</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (north positive).</source>
        <translation>纬度，十进制度数（北纬为正）。</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>度</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (north positive). Unit: deg.</source>
        <translation>纬度，十进制度数（北纬为正）。单位：度。</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (east positive).</source>
        <translation>经度，十进制度数（东经为正）。</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (east positive). Unit: deg.</source>
        <translation>经度，十进制度数（东经为正）。单位：度。</translation>
    </message>
    <message>
        <source>Unique product identifier.</source>
        <translation>唯一的产品编号。</translation>
    </message>
    <message>
        <source>Unique product identifier. Required.</source>
        <translation>唯一的产品编号。必填。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Unit the quantities of this product are counted in (t, pcs, m2 ...).</source>
        <translation>该产品数量的计量单位（t、pcs、m2 ……）。</translation>
    </message>
    <message>
        <source>Unit the quantities of this product are counted in (t, pcs, m2 ...). Default: t.</source>
        <translation>该产品数量的计量单位（t、pcs、m2 ……）。默认值：t。</translation>
    </message>
    <message>
        <source>Weight of one unit in tonnes; freight and lane capacity are counted in tonnes.</source>
        <translation>每单位重量（吨）；运费和线路运力均按吨计算。</translation>
    </message>
    <message>
        <source>t/unit</source>
        <translation>吨/单位</translation>
    </message>
    <message>
        <source>Weight of one unit in tonnes; freight and lane capacity are counted in tonnes. Unit: t/unit. Default: 1.</source>
        <translation>每单位重量（吨）；运费和线路运力均按吨计算。单位：吨/单位。默认值：1。</translation>
    </message>
    <message>
        <source>Customs value of one unit; tariffs are a fraction of it.</source>
        <translation>每单位的完税价格；关税按其比例计征。</translation>
    </message>
    <message>
        <source>currency/unit</source>
        <translation>currency/单位</translation>
    </message>
    <message>
        <source>Customs value of one unit; tariffs are a fraction of it. Unit: currency/unit. Default: 0.</source>
        <translation>每单位的完税价格；关税按其比例计征。单位：货币/单位。默认值：0。</translation>
    </message>
    <message>
        <source>Product family (steel, tyres, glass, aluminium, raw ...); lanes may be restricted to families.</source>
        <translation>产品类别（steel、tyres、glass、aluminium、raw ……）；线路可限定只运某些类别。</translation>
    </message>
    <message>
        <source>Harmonized System code as a text cell (digits, dots allowed, at least 4 digits, e.g. 4011.10); chapter = first 2 digits, heading = 4, subheading = 6. Needed where a CC/CTH/CTSH rule of origin applies.</source>
        <translation>协调制度（HS）编码，须为文本单元格（数字，可含小数点，至少 4 位，例如 4011.10）；章 = 前 2 位，品目 = 前 4 位，子目 = 前 6 位。适用 CC/CTH/CTSH 原产地规则时必须填写。</translation>
    </message>
    <message>
        <source>Unique plant identifier.</source>
        <translation>唯一的工厂编号。</translation>
    </message>
    <message>
        <source>Unique plant identifier. Required.</source>
        <translation>唯一的工厂编号。必填。</translation>
    </message>
    <message>
        <source>Site where the plant stands.</source>
        <translation>工厂所在的站点。</translation>
    </message>
    <message>
        <source>Site where the plant stands. Required.</source>
        <translation>工厂所在的站点。必填。</translation>
    </message>
    <message>
        <source>The one product the plant makes.</source>
        <translation>该工厂生产的唯一产品。</translation>
    </message>
    <message>
        <source>The one product the plant makes. Required.</source>
        <translation>该工厂生产的唯一产品。必填。</translation>
    </message>
    <message>
        <source>Maximum output per year, in units of the product.</source>
        <translation>每年最大产量，以产品单位计。</translation>
    </message>
    <message>
        <source>units/yr</source>
        <translation>单位/年</translation>
    </message>
    <message>
        <source>Maximum output per year, in units of the product. Unit: units/yr. Required.</source>
        <translation>每年最大产量，以产品单位计。单位：单位/年。必填。</translation>
    </message>
    <message>
        <source>Production cost per unit made, inputs excluded.</source>
        <translation>每单位产品的生产成本，不含投入品。</translation>
    </message>
    <message>
        <source>Production cost per unit made, inputs excluded. Unit: currency/unit. Default: 0.</source>
        <translation>每单位产品的生产成本，不含投入品。单位：货币/单位。默认值：0。</translation>
    </message>
    <message>
        <source>CO2 emitted per unit made.</source>
        <translation>每生产一单位的 CO2 排放。</translation>
    </message>
    <message>
        <source>kg/unit</source>
        <translation>千克/单位</translation>
    </message>
    <message>
        <source>CO2 emitted per unit made. Unit: kg/unit. Default: 0.</source>
        <translation>每生产一单位的 CO2 排放。单位：千克/单位。默认值：0。</translation>
    </message>
    <message>
        <source>A plant that runs makes at least this much (0 = no minimum); it may also be switched off. Not above its capacity with every investment module.</source>
        <translation>运行中的工厂至少生产这么多（0 = 无下限）；工厂也可以停产。不得高于加上全部投资模块后的产能。</translation>
    </message>
    <message>
        <source>A plant that runs makes at least this much (0 = no minimum); it may also be switched off. Not above its capacity with every investment module. Unit: units/yr. Default: 0.</source>
        <translation>运行中的工厂至少生产这么多（0 = 无下限）；工厂也可以停产。不得高于加上全部投资模块后的产能。单位：单位/年。默认值：0。</translation>
    </message>
    <message>
        <source>Plant that consumes the input.</source>
        <translation>消耗该投入品的工厂。</translation>
    </message>
    <message>
        <source>Plant that consumes the input. Required.</source>
        <translation>消耗该投入品的工厂。必填。</translation>
    </message>
    <message>
        <source>Product consumed.</source>
        <translation>被消耗的产品。</translation>
    </message>
    <message>
        <source>Product consumed. Required.</source>
        <translation>被消耗的产品。必填。</translation>
    </message>
    <message>
        <source>Units of input per unit of the plant&apos;s output.</source>
        <translation>每单位工厂产出所需的投入品单位数。</translation>
    </message>
    <message>
        <source>units/unit</source>
        <translation>单位/单位</translation>
    </message>
    <message>
        <source>Units of input per unit of the plant&apos;s output. Unit: units/unit. Required.</source>
        <translation>每单位工厂产出所需的投入品单位数。单位：单位/单位。必填。</translation>
    </message>
    <message>
        <source>Site where the product can be bought.</source>
        <translation>可采购该产品的站点。</translation>
    </message>
    <message>
        <source>Site where the product can be bought. Required.</source>
        <translation>可采购该产品的站点。必填。</translation>
    </message>
    <message>
        <source>Product bought.</source>
        <translation>采购的产品。</translation>
    </message>
    <message>
        <source>Product bought. Required.</source>
        <translation>采购的产品。必填。</translation>
    </message>
    <message>
        <source>Maximum purchase per year; blank means unlimited.</source>
        <translation>每年最大采购量；留空表示不限。</translation>
    </message>
    <message>
        <source>Maximum purchase per year; blank means unlimited. Unit: units/yr.</source>
        <translation>每年最大采购量；留空表示不限。单位：单位/年。</translation>
    </message>
    <message>
        <source>Purchase price per unit.</source>
        <translation>每单位采购价格。</translation>
    </message>
    <message>
        <source>Purchase price per unit. Unit: currency/unit. Default: 0.</source>
        <translation>每单位采购价格。单位：货币/单位。默认值：0。</translation>
    </message>
    <message>
        <source>Country where the goods were mined, grown or made (ISO alpha-2); blank means the site&apos;s country.</source>
        <translation>货物开采、种植或制造所在的国家（ISO 二位字母代码）；留空表示站点所在国家。</translation>
    </message>
    <message>
        <source>yes or no: whether the goods count as originating under each trade agreement their origin country belongs to.</source>
        <translation>yes 或 no：货物是否在其原产国所属的各项贸易协定下视为原产货物。</translation>
    </message>
    <message>
        <source>yes or no: whether the goods count as originating under each trade agreement their origin country belongs to. Default: yes.</source>
        <translation>yes 或 no：货物是否在其原产国所属的各项贸易协定下视为原产货物。默认值：yes。</translation>
    </message>
    <message>
        <source>Unique lane identifier.</source>
        <translation>唯一的线路编号。</translation>
    </message>
    <message>
        <source>Unique lane identifier. Required.</source>
        <translation>唯一的线路编号。必填。</translation>
    </message>
    <message>
        <source>Site the lane starts from.</source>
        <translation>线路的起点站点。</translation>
    </message>
    <message>
        <source>Site the lane starts from. Required.</source>
        <translation>线路的起点站点。必填。</translation>
    </message>
    <message>
        <source>Site the lane arrives at (different from the origin); lanes are directed.</source>
        <translation>线路的终点站点（不同于起点）；线路有方向。</translation>
    </message>
    <message>
        <source>Site the lane arrives at (different from the origin); lanes are directed. Required.</source>
        <translation>线路的终点站点（不同于起点）；线路有方向。必填。</translation>
    </message>
    <message>
        <source>Transport mode: sea, rail, road, sea-rail ...</source>
        <translation>运输方式：sea（海运）、rail（铁路）、road（公路）、sea-rail（海铁联运）……</translation>
    </message>
    <message>
        <source>Freight cost per tonne carried.</source>
        <translation>每吨货物的运费。</translation>
    </message>
    <message>
        <source>currency/t</source>
        <translation>currency/吨</translation>
    </message>
    <message>
        <source>Freight cost per tonne carried. Unit: currency/t. Default: 0.</source>
        <translation>每吨货物的运费。单位：货币/吨。默认值：0。</translation>
    </message>
    <message>
        <source>Maximum tonnes per year over all products; blank means unlimited.</source>
        <translation>所有产品合计的每年最大吨数；留空表示不限。</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>吨/年</translation>
    </message>
    <message>
        <source>Maximum tonnes per year over all products; blank means unlimited. Unit: t/yr.</source>
        <translation>所有产品合计的每年最大吨数；留空表示不限。单位：吨/年。</translation>
    </message>
    <message>
        <source>Door-to-door transit time.</source>
        <translation>门到门在途时间。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Door-to-door transit time. Unit: days.</source>
        <translation>门到门在途时间。单位：天。</translation>
    </message>
    <message>
        <source>CO2 emitted per tonne carried.</source>
        <translation>每运输一吨的 CO2 排放。</translation>
    </message>
    <message>
        <source>kg/t</source>
        <translation>千克/吨</translation>
    </message>
    <message>
        <source>CO2 emitted per tonne carried. Unit: kg/t. Default: 0.</source>
        <translation>每运输一吨的 CO2 排放。单位：千克/吨。默认值：0。</translation>
    </message>
    <message>
        <source>Product ids or families the lane may carry, separated by commas; blank means any.</source>
        <translation>线路可运输的产品编号或类别，以逗号分隔；留空表示任意。</translation>
    </message>
    <message>
        <source>Market site.</source>
        <translation>市场站点。</translation>
    </message>
    <message>
        <source>Market site. Required.</source>
        <translation>市场站点。必填。</translation>
    </message>
    <message>
        <source>Product demanded.</source>
        <translation>需求的产品。</translation>
    </message>
    <message>
        <source>Product demanded. Required.</source>
        <translation>需求的产品。必填。</translation>
    </message>
    <message>
        <source>Units demanded per year.</source>
        <translation>每年需求的单位数。</translation>
    </message>
    <message>
        <source>Units demanded per year. Unit: units/yr. Required.</source>
        <translation>每年需求的单位数。单位：单位/年。必填。</translation>
    </message>
    <message>
        <source>Cost of each unit not delivered; blank means the Settings unmet_penalty.</source>
        <translation>每个未交付单位的成本；留空表示使用 Settings 中的 unmet_penalty。</translation>
    </message>
    <message>
        <source>Cost of each unit not delivered; blank means the Settings unmet_penalty. Unit: currency/unit.</source>
        <translation>每个未交付单位的成本；留空表示使用 Settings 中的 unmet_penalty。单位：货币/单位。</translation>
    </message>
    <message>
        <source>Product id, or * for any product.</source>
        <translation>产品编号，或 * 表示任意产品。</translation>
    </message>
    <message>
        <source>Product id, or * for any product. Required.</source>
        <translation>产品编号，或 * 表示任意产品。必填。</translation>
    </message>
    <message>
        <source>Exporting country (ISO alpha-2), or * for any.</source>
        <translation>出口国（ISO 二字母代码），或 * 表示任意。</translation>
    </message>
    <message>
        <source>Exporting country (ISO alpha-2), or * for any. Required.</source>
        <translation>出口国（ISO 二字母代码），或 * 表示任意。必填。</translation>
    </message>
    <message>
        <source>Importing country (ISO alpha-2), or * for any.</source>
        <translation>进口国（ISO 二字母代码），或 * 表示任意。</translation>
    </message>
    <message>
        <source>Importing country (ISO alpha-2), or * for any. Required.</source>
        <translation>进口国（ISO 二字母代码），或 * 表示任意。必填。</translation>
    </message>
    <message>
        <source>Ad valorem rate as a fraction of value_per_unit (0.05 = 5%).</source>
        <translation>从价税率，为 value_per_unit 的比例（0.05 = 5%）。</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Ad valorem rate as a fraction of value_per_unit (0.05 = 5%). Unit: fraction. Required.</source>
        <translation>从价税率，为 value_per_unit 的比例（0.05 = 5%）。单位：比例。必填。</translation>
    </message>
    <message>
        <source>Blank for the general (MFN) rate; an agreement id for the preferential rate of goods originating under it (the lower of the two applies).</source>
        <translation>留空表示普通（最惠国）税率；填写协定编号表示该协定项下原产货物的优惠税率（两者取较低者）。</translation>
    </message>
    <message>
        <source>Trade agreement id (e.g. RCEP, ACFTA); one row per member country.</source>
        <translation>贸易协定编号（例如 RCEP、ACFTA）；每个成员国一行。</translation>
    </message>
    <message>
        <source>Trade agreement id (e.g. RCEP, ACFTA); one row per member country. Required.</source>
        <translation>贸易协定编号（例如 RCEP、ACFTA）；每个成员国一行。必填。</translation>
    </message>
    <message>
        <source>Member country (ISO alpha-2).</source>
        <translation>成员国（ISO 二位字母代码）。</translation>
    </message>
    <message>
        <source>Member country (ISO alpha-2). Required.</source>
        <translation>成员国（ISO 二位字母代码）。必填。</translation>
    </message>
    <message>
        <source>Agreement whose rule of origin this row states.</source>
        <translation>本行所述原产地规则所属的协定。</translation>
    </message>
    <message>
        <source>Agreement whose rule of origin this row states. Required.</source>
        <translation>本行所述原产地规则所属的协定。必填。</translation>
    </message>
    <message>
        <source>Product id, product family or * for any; an id beats a family beats *.</source>
        <translation>产品编号、产品类别或 *（任意）；编号优先于类别，类别优先于 *。</translation>
    </message>
    <message>
        <source>Product id, product family or * for any; an id beats a family beats *. Required.</source>
        <translation>产品编号、产品类别或 *（任意）；编号优先于类别，类别优先于 *。必填。</translation>
    </message>
    <message>
        <source>Minimum regional value content by the build-down method (0.4 = 40%); blank means no RVC option.</source>
        <translation>按扣减法计算的最低区域价值成分（0.4 = 40%）；留空表示无区域价值成分选项。</translation>
    </message>
    <message>
        <source>Minimum regional value content by the build-down method (0.4 = 40%); blank means no RVC option. Unit: fraction.</source>
        <translation>按扣减法计算的最低区域价值成分（0.4 = 40%）；留空表示无区域价值成分选项。单位：比例。</translation>
    </message>
    <message>
        <source>Tariff-shift option: CC (chapter), CTH (heading) or CTSH (subheading); blank means none.</source>
        <translation>税则归类改变选项：CC（章改变）、CTH（品目改变）或 CTSH（子目改变）；留空表示无。</translation>
    </message>
    <message>
        <source>Share of the product&apos;s value that non-originating inputs failing the tariff shift may have.</source>
        <translation>未满足税则归类改变的非原产投入品可占产品价值的比例（微小含量）。</translation>
    </message>
    <message>
        <source>Share of the product&apos;s value that non-originating inputs failing the tariff shift may have. Unit: fraction. Default: 0.1.</source>
        <translation>未满足税则归类改变的非原产投入品可占产品价值的比例（微小含量）。单位：比例。默认值：0.1。</translation>
    </message>
    <message>
        <source>Unique investment identifier.</source>
        <translation>唯一的投资标识。</translation>
    </message>
    <message>
        <source>Unique investment identifier. Required.</source>
        <translation>唯一的投资标识。必填。</translation>
    </message>
    <message>
        <source>Plant whose capacity the modules add to (give a plant or a lane, not both); a new plant is a Plants row with capacity 0.</source>
        <translation>模块增加其产能的工厂（填写工厂或线路之一，不可同时填写）；新工厂是 Plants 表中产能为 0 的一行。</translation>
    </message>
    <message>
        <source>Lane whose capacity_tonnes the modules add to (give a plant or a lane, not both); the lane must have a capacity_tonnes.</source>
        <translation>模块增加其 capacity_tonnes 的线路（填写工厂或线路之一，不可同时填写）；该线路必须有 capacity_tonnes。</translation>
    </message>
    <message>
        <source>Capacity one module adds: units/yr for a plant, t/yr for a lane.</source>
        <translation>每个模块增加的产能：工厂为单位/年，线路为吨/年。</translation>
    </message>
    <message>
        <source>per module</source>
        <translation>每模块</translation>
    </message>
    <message>
        <source>Capacity one module adds: units/yr for a plant, t/yr for a lane. Unit: per module. Required.</source>
        <translation>每个模块增加的产能：工厂为单位/年，线路为吨/年。单位：每模块。必填。</translation>
    </message>
    <message>
        <source>Annualised capital cost plus fixed operating cost of one module per year.</source>
        <translation>每个模块每年的年化资本成本加固定运营成本。</translation>
    </message>
    <message>
        <source>currency/module/yr</source>
        <translation>货币/模块/年</translation>
    </message>
    <message>
        <source>Annualised capital cost plus fixed operating cost of one module per year. Unit: currency/module/yr. Required.</source>
        <translation>每个模块每年的年化资本成本加固定运营成本。单位：货币/模块/年。必填。</translation>
    </message>
    <message>
        <source>Most modules that may be built (a whole number).</source>
        <translation>最多可建设的模块数（整数）。</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Most modules that may be built (a whole number). Unit: modules. Default: 1.</source>
        <translation>最多可建设的模块数（整数）。单位：模块。默认值：1。</translation>
    </message>
    <message>
        <source>Modules already committed: built whatever the plan (a whole number, at most max_modules).</source>
        <translation>已承诺的模块：无论方案如何都会建设（整数，不超过 max_modules）。</translation>
    </message>
    <message>
        <source>Modules already committed: built whatever the plan (a whole number, at most max_modules). Unit: modules. Default: 0.</source>
        <translation>已承诺的模块：无论方案如何都会建设（整数，不超过 max_modules）。单位：模块。默认值：0。</translation>
    </message>
    <message>
        <source>Unique chokepoint group identifier (a strait, a port, a corridor).</source>
        <translation>唯一的咽喉组标识（海峡、港口、通道）。</translation>
    </message>
    <message>
        <source>Unique chokepoint group identifier (a strait, a port, a corridor). Required.</source>
        <translation>唯一的咽喉组标识（海峡、港口、通道）。必填。</translation>
    </message>
    <message>
        <source>Lane ids of the group, separated by commas.</source>
        <translation>该组的线路标识，以逗号分隔。</translation>
    </message>
    <message>
        <source>Site ids of the group, separated by commas: the tonnes arriving at them by lane count.</source>
        <translation>该组的地点标识，以逗号分隔：经线路到达这些地点的吨数计入。</translation>
    </message>
    <message>
        <source>Product ids or families the share counts, separated by commas; blank means all.</source>
        <translation>计入份额的产品标识或产品类别，以逗号分隔；留空表示全部。</translation>
    </message>
    <message>
        <source>Most tonnes of those products on the group, as a share of the tonnes of them delivered to demand or consumed by plants; blank means no limit.</source>
        <translation>该组上这些产品的吨数上限，以交付给需求或被工厂消耗的这些产品吨数的份额表示；留空表示无限制。</translation>
    </message>
    <message>
        <source>Most tonnes of those products on the group, as a share of the tonnes of them delivered to demand or consumed by plants; blank means no limit. Unit: fraction.</source>
        <translation>该组上这些产品的吨数上限，以交付给需求或被工厂消耗的这些产品吨数的份额表示；留空表示无限制。单位：比例。</translation>
    </message>
    <message>
        <source>Unique risk identifier.</source>
        <translation>唯一的风险标识。</translation>
    </message>
    <message>
        <source>Unique risk identifier. Required.</source>
        <translation>唯一的风险标识。必填。</translation>
    </message>
    <message>
        <source>What varies: lane, site, plant or chokepoint (a closure with a probability), or supply_cost, lane_cost, demand or currency (a multiplicative shock with a distribution).</source>
        <translation>变动的因素：lane、site、plant 或 chokepoint（按概率发生的关闭），或 supply_cost、lane_cost、demand 或 currency（按分布抽取的乘数冲击）。</translation>
    </message>
    <message>
        <source>What varies: lane, site, plant or chokepoint (a closure with a probability), or supply_cost, lane_cost, demand or currency (a multiplicative shock with a distribution). Required.</source>
        <translation>变动的因素：lane、site、plant 或 chokepoint（按概率发生的关闭），或 supply_cost、lane_cost、demand 或 currency（按分布抽取的乘数冲击）。必填。</translation>
    </message>
    <message>
        <source>What the factor acts on: the lane, site, plant or chokepoint id closed; the product family of supply_cost (Supply.cost_per_unit); the lane mode of lane_cost (Lanes.cost_per_tonne); the market site of demand (Demand.quantity); the country of currency (supply and production costs of its sites).</source>
        <translation>因素作用的对象：被关闭的线路、站点、工厂或咽喉组标识；supply_cost 的产品族（Supply.cost_per_unit）；lane_cost 的运输方式（Lanes.cost_per_tonne）；demand 的市场站点（Demand.quantity）；currency 的国家（其站点的采购和生产成本）。</translation>
    </message>
    <message>
        <source>What the factor acts on: the lane, site, plant or chokepoint id closed; the product family of supply_cost (Supply.cost_per_unit); the lane mode of lane_cost (Lanes.cost_per_tonne); the market site of demand (Demand.quantity); the country of currency (supply and production costs of its sites). Required.</source>
        <translation>因素作用的对象：被关闭的线路、站点、工厂或咽喉组标识；supply_cost 的产品族（Supply.cost_per_unit）；lane_cost 的运输方式（Lanes.cost_per_tonne）；demand 的市场站点（Demand.quantity）；currency 的国家（其站点的采购和生产成本）。必填。</translation>
    </message>
    <message>
        <source>Chance that the closure happens in a sampled year (closures only).</source>
        <translation>关闭在抽样年份中发生的概率（仅限关闭）。</translation>
    </message>
    <message>
        <source>Chance that the closure happens in a sampled year (closures only). Unit: fraction.</source>
        <translation>关闭在抽样年份中发生的概率（仅限关闭）。单位：比例。</translation>
    </message>
    <message>
        <source>Share of the year a closure lasts: capacities are scaled by 1 - duration (1 closes the element all year; an element without a capacity is only affected when closed all year).</source>
        <translation>关闭持续的年度比例：运力乘以 1 - duration（1 表示全年关闭；没有运力上限的元素只有在全年关闭时才受影响）。</translation>
    </message>
    <message>
        <source>Share of the year a closure lasts: capacities are scaled by 1 - duration (1 closes the element all year; an element without a capacity is only affected when closed all year). Unit: fraction. Default: 1.</source>
        <translation>关闭持续的年度比例：运力乘以 1 - duration（1 表示全年关闭；没有运力上限的元素只有在全年关闭时才受影响）。单位：比例。默认值：1。</translation>
    </message>
    <message>
        <source>Distribution of a shock&apos;s multiplier (shocks only): normal, lognormal, triangular, uniform or empirical; a multiplier below 0 counts as 0.</source>
        <translation>冲击乘数的分布（仅限冲击）：normal、lognormal、triangular、uniform 或 empirical；小于 0 的乘数按 0 计。</translation>
    </message>
    <message>
        <source>The distribution&apos;s parameters separated by semicolons: normal mean;sd, lognormal mu;sigma (of the logarithm), triangular low;mode;high, uniform low;high, empirical v1;v2;... (equally likely).</source>
        <translation>分布参数，以分号分隔：normal 为 mean;sd，lognormal 为 mu;sigma（对数的），triangular 为 low;mode;high，uniform 为 low;high，empirical 为 v1;v2;...（等可能）。</translation>
    </message>
    <message>
        <source>Correlation group: the factors of one group share one uniform draw per sample (a closure happens when it is below the probability, a shock is the draw&apos;s quantile) so they move together; blank: independent.</source>
        <translation>相关组：同一组的因素在每个样本中共用一个均匀抽样值（抽样值低于概率时发生关闭，冲击取该抽样值的分位数），因此同向变动；留空表示独立。</translation>
    </message>
    <message>
        <source>Name of the scenario the override belongs to.</source>
        <translation>该覆盖项所属情景的名称。</translation>
    </message>
    <message>
        <source>Name of the scenario the override belongs to. Required.</source>
        <translation>该覆盖项所属情景的名称。必填。</translation>
    </message>
    <message>
        <source>Sheet whose rows it changes (Plants, Lanes, Demand ...).</source>
        <translation>其所修改行所在的工作表（Plants、Lanes、Demand ……）。</translation>
    </message>
    <message>
        <source>Sheet whose rows it changes (Plants, Lanes, Demand ...). Required.</source>
        <translation>其所修改行所在的工作表（Plants、Lanes、Demand ……）。必填。</translation>
    </message>
    <message>
        <source>The row&apos;s id (site/product on Supply and Demand, plant/input on Recipes, product/origin/destination on Tariffs, the setting on Settings), or * for every row.</source>
        <translation>行的标识（Supply 和 Demand 为 site/product，Recipes 为 plant/input，Tariffs 为 product/origin/destination，Settings 为设置名），或 * 表示所有行。</translation>
    </message>
    <message>
        <source>The row&apos;s id (site/product on Supply and Demand, plant/input on Recipes, product/origin/destination on Tariffs, the setting on Settings), or * for every row. Required.</source>
        <translation>行的标识（Supply 和 Demand 为 site/product，Recipes 为 plant/input，Tariffs 为 product/origin/destination，Settings 为设置名），或 * 表示所有行。必填。</translation>
    </message>
    <message>
        <source>Column it changes.</source>
        <translation>其修改的列。</translation>
    </message>
    <message>
        <source>Column it changes. Required.</source>
        <translation>其修改的列。必填。</translation>
    </message>
    <message>
        <source>New value of the cell; give either value or factor.</source>
        <translation>单元格的新值；value 与 factor 二选一。</translation>
    </message>
    <message>
        <source>Multiplier of the cell (a blank cell takes its default first); give either value or factor.</source>
        <translation>单元格的乘数（空白单元格先取其默认值）；value 与 factor 二选一。</translation>
    </message>
    <message>
        <source>Setting name.</source>
        <translation>设置项名称。</translation>
    </message>
    <message>
        <source>Setting name. Required.</source>
        <translation>设置项名称。必填。</translation>
    </message>
    <message>
        <source>Setting value.</source>
        <translation>设置项的值。</translation>
    </message>
    <message>
        <source>Workbook format version; this tool reads versions 1 and 2 and saves version 2.</source>
        <translation>工作簿格式版本；本工具可读取版本 1 和 2，并保存为版本 2。</translation>
    </message>
    <message>
        <source>Currency of every cost in the workbook.</source>
        <translation>工作簿中所有成本的货币。</translation>
    </message>
    <message>
        <source>Default cost of each undelivered unit of demand.</source>
        <translation>每个未交付需求单位的默认成本。</translation>
    </message>
    <message>
        <source>Price of one tonne of CO2 emitted by production and transport.</source>
        <translation>生产和运输排放每吨 CO2 的价格。</translation>
    </message>
    <message>
        <source>currency/t CO2</source>
        <translation>currency/吨 CO2</translation>
    </message>
    <message>
        <source>LP solver: highs or cbc.</source>
        <translation>线性规划求解器：highs 或 cbc。</translation>
    </message>
    <message>
        <source>Time the solver may take before it stops without a proven optimum.</source>
        <translation>求解器在未证明最优前可用的最长时间。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Relative gap between the best plan found and the proven bound at which a model with investments or minimum outputs counts as solved.</source>
        <translation>找到的最佳方案与已证明界限之间的相对差距；含投资或最低产量的模型在达到该差距时视为已求解。</translation>
    </message>
</context>
<context>
    <name>solver</name>
    <message>
        <source>nothing to plan: the workbook has no demand rows</source>
        <translation>无需规划：工作簿没有需求行</translation>
    </message>
    <message>
        <source>the workbook has errors</source>
        <translation>工作簿有错误</translation>
    </message>
    <message>
        <source>the solve was cancelled</source>
        <translation>求解已取消</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <source>the time limit ran out before optimality was proven</source>
        <translation>在证明最优之前已达到时间限制</translation>
    </message>
    <message>
        <source>the time limit ran out before optimality was proven; the best plan found is kept</source>
        <translation>在证明最优之前已达到时间限制；保留已找到的最佳方案</translation>
    </message>
    <message>
        <source>the LP is infeasible</source>
        <translation>线性规划不可行</translation>
    </message>
    <message>
        <source>the LP is unbounded or infeasible</source>
        <translation>线性规划无界或不可行</translation>
    </message>
    <message>
        <source>the LP is unbounded</source>
        <translation>线性规划无界</translation>
    </message>
    <message>
        <source>CBC stopped before proving optimality (time limit)</source>
        <translation>CBC 在证明最优之前停止（时间限制）</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>the Scenarios sheet lacks the column(s) {missing}; row 1 must name {header} and value and/or factor</source>
        <translation>Scenarios 工作表缺少列 {missing}；第 1 行必须列出 {header} 以及 value 和/或 factor</translation>
    </message>
    <message>
        <source>{column} is required: {help}</source>
        <translation>{column} 为必填项：{help}</translation>
    </message>
    <message>
        <source>both value and factor are filled; give exactly one: value replaces the cell, factor multiplies it</source>
        <translation>value 和 factor 都已填写；只能填写其中一个：value 替换单元格的值，factor 将其相乘</translation>
    </message>
    <message>
        <source>neither value nor factor is filled; give exactly one: value replaces the cell, factor multiplies it</source>
        <translation>value 和 factor 都未填写；必须填写其中一个：value 替换单元格的值，factor 将其相乘</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is not a sheet of the model; use one of {allowed}</source>
        <translation>“{sheet}”不是模型中的工作表；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting; use one of {allowed}</source>
        <translation>“{key}”不是设置项；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>no row of {sheet} has the key &apos;{key}&apos;; write the row&apos;s {shape} (parts separated by /), or * for every row</source>
        <translation>{sheet} 中没有键为“{key}”的行；请填写该行的 {shape}（各部分以 / 分隔），或用 * 表示每一行</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a column of {sheet}; use one of {allowed}</source>
        <translation>“{column}”不是 {sheet} 的列；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>{column} identifies the row; a scenario cannot change it</source>
        <translation>{column} 用于标识该行；情景不能修改它</translation>
    </message>
    <message>
        <source>{sheet} {column} is not a number, so it cannot be multiplied by a factor; use value instead</source>
        <translation>{sheet} 的 {column} 不是数字，不能乘以 factor；请改用 value</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>情景“{scenario}”：{problem}</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; makes {cell} invalid: {problem}</source>
        <translation>情景“{scenario}”使 {cell} 无效：{problem}</translation>
    </message>
    <message>
        <source>&gt; {lower}</source>
        <translation>大于 {lower}</translation>
    </message>
    <message>
        <source>≥ {lower}</source>
        <translation>大于或等于 {lower}</translation>
    </message>
    <message>
        <source>&gt; {lower} and ≤ {upper}</source>
        <translation>大于 {lower} 且小于或等于 {upper}</translation>
    </message>
    <message>
        <source>≥ {lower} and &lt; {upper}</source>
        <translation>不小于 {lower} 且小于 {upper}</translation>
    </message>
    <message>
        <source>between {lower} and {upper}</source>
        <translation>介于 {lower} 和 {upper} 之间</translation>
    </message>
    <message>
        <source>the required sheet {sheet} is missing; add a sheet named {sheet} with the columns {columns}</source>
        <translation>缺少必需的工作表 {sheet}；请添加名为 {sheet} 的工作表，包含以下列：{columns}</translation>
    </message>
    <message>
        <source>the Demand sheet has no rows: there is nothing to plan; add one row per market and product</source>
        <translation>Demand 工作表没有任何行：没有可规划的内容；请为每个市场和产品添加一行</translation>
    </message>
    <message>
        <source>the workbook needs a Plants or a Supply sheet: nothing can be made or bought</source>
        <translation>工作簿需要 Plants 或 Supply 工作表：否则既无法生产也无法采购</translation>
    </message>
    <message>
        <source>the required column &apos;{column}&apos; is missing; add it to row 1 ({help})</source>
        <translation>缺少必需的列“{column}”；请将其添加到第 1 行（{help}）</translation>
    </message>
    <message>
        <source>the formula {formula} has no saved result (the file was not last saved by Excel); type the value, or open and save the workbook in Excel</source>
        <translation>公式 {formula} 没有保存的结果（该文件最后一次不是由 Excel 保存的）；请直接输入数值，或在 Excel 中打开并保存该工作簿</translation>
    </message>
    <message>
        <source>country &apos;{value}&apos; is not an ISO 3166 alpha-2 code; write two letters such as CN or MY</source>
        <translation>国家“{value}”不是 ISO 3166 alpha-2 代码；请填写两个字母，如 CN 或 MY</translation>
    </message>
    <message>
        <source>kind &apos;{value}&apos; is unknown; use one of {allowed}</source>
        <translation>类型“{value}”未知；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not an id on the {target} sheet</source>
        <translation>{column}“{value}”不是 {target} 工作表上的编号</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id on the {target} sheet; list {target} ids separated by commas</source>
        <translation>“{value}”不是 {target} 表中的标识；请列出以逗号分隔的 {target} 标识</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a product id nor a product family; list products or families separated by commas, or leave blank for any</source>
        <translation>“{value}”既不是产品编号也不是产品类别；请列出以逗号分隔的产品或产品类别，或留空表示任意产品</translation>
    </message>
    <message>
        <source> ({unit})</source>
        <translation>（{unit}）</translation>
    </message>
    <message>
        <source>{column} is a number of {digits} digits, far too large; type a number {range}{unit}</source>
        <translation>{column} 是一个 {digits} 位的数字，太大了；请输入一个数字，{range}{unit}</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos;, not a number; type a number {range}{unit}</source>
        <translation>{column} 为“{value}”，不是数字；请输入一个数字，{range}{unit}</translation>
    </message>
    <message>
        <source>{column} is {number}; it must be a whole number</source>
        <translation>{column} 为 {number}；必须是整数</translation>
    </message>
    <message>
        <source>{column} is {number}; it must be {range}{unit}</source>
        <translation>{column} 为 {number}；必须{range}{unit}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; appears again (first on row {first}); each {key} must be unique</source>
        <translation>“{value}”重复出现（首次出现在第 {first} 行）；每个 {key} 必须唯一</translation>
    </message>
    <message>
        <source>the lane goes from &apos;{site}&apos; to itself; a lane joins two different sites</source>
        <translation>该线路从“{site}”通往其自身；线路必须连接两个不同的站点</translation>
    </message>
    <message>
        <source>this tariff and the one on row {first} are equally specific and both apply to {overlap}; make one more specific or remove one</source>
        <translation>此关税与第 {first} 行的关税同样具体，且都适用于{overlap}；请使其中一个更具体，或删除其中一个</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意国家</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>{product} from {origin} to {destination}</source>
        <translation>从 {origin} 到 {destination} 的 {product}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting this tool knows (it is kept but ignored); known: {known}</source>
        <translation>“{key}”不是本工具已知的设置项（将保留但忽略）；已知设置项：{known}</translation>
    </message>
    <message>
        <source>schema_version is &apos;{value}&apos;; this tool reads version {version} workbooks</source>
        <translation>schema_version 为“{value}”；本工具读取版本 {version} 的工作簿</translation>
    </message>
    <message>
        <source>solver &apos;{value}&apos; is unknown; use one of {allowed}</source>
        <translation>求解器“{value}”未知；请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; it must be a number {range}{unit}</source>
        <translation>{key} 为“{value}”；必须是一个数字，{range}{unit}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook file; give the path of an .xlsx file</source>
        <translation>{path} 是文件夹，不是工作簿文件；请给出 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>the file is {size} MiB (limit {limit} MiB); it is not a planning workbook</source>
        <translation>该文件大小为 {size} MiB（上限 {limit} MiB）；不是规划工作簿</translation>
    </message>
    <message>
        <source>the file is a damaged zip archive ({error}); it is not a readable .xlsx workbook</source>
        <translation>该文件是损坏的 zip 压缩包（{error}）；不是可读取的 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>the workbook is protected with a password (encrypted), so it cannot be read; in Excel remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password) and save it again</source>
        <translation>该工作簿受密码保护（已加密），无法读取；请在 Excel 中删除密码（文件 &gt; 信息 &gt; 保护工作簿 &gt; 用密码进行加密）后重新保存</translation>
    </message>
    <message>
        <source>an Excel 97-2003 .xls file (or another OLE document)</source>
        <translation>一个 Excel 97-2003 .xls 文件（或其他 OLE 文档）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>plain text (perhaps CSV renamed to .xlsx)</source>
        <translation>纯文本（可能是改名为 .xlsx 的 CSV）</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>非 zip 压缩包</translation>
    </message>
    <message>
        <source>the file is {kind}, not an Excel .xlsx workbook; open it in Excel and save it as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>该文件是{kind}，不是 Excel .xlsx 工作簿；请在 Excel 中打开并另存为“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message>
        <source>the archive has {parts} parts (more than {limit}); it is not a planning workbook</source>
        <translation>该压缩包有 {parts} 个部件（超过 {limit} 个）；不是规划工作簿</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (xl/workbook.xml is missing)</source>
        <translation>该文件是 zip 压缩包，但不是 .xlsx 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook would inflate to {size} MiB (limit {limit} MiB); refusing to open it</source>
        <translation>该工作簿解压后将达 {size} MiB（上限 {limit} MiB）；拒绝打开</translation>
    </message>
    <message>
        <source>{where} declares a DTD or entities (a possible &apos;billion laughs&apos; entity bomb); Excel never writes these, so the file was refused</source>
        <translation>{where} 声明了 DTD 或实体（可能是“十亿笑”实体炸弹）；Excel 从不写入这些内容，因此拒绝打开该文件</translation>
    </message>
    <message>
        <source>{where} would inflate to {size} MiB (limit {limit} MiB); refusing to open a possible zip bomb</source>
        <translation>{where} 解压后将达 {size} MiB（上限 {limit} MiB）；可能是 zip 炸弹，拒绝打开</translation>
    </message>
    <message>
        <source>{where} is compressed {ratio}:1 (limit {limit}:1); refusing to open a possible zip bomb</source>
        <translation>{where} 的压缩比为 {ratio}:1（上限 {limit}:1）；可能是 zip 炸弹，拒绝打开</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML part {part}</source>
        <translation>工作表的 XML 部件 {part}</translation>
    </message>
    <message>
        <source>the part {part}</source>
        <translation>部件 {part}</translation>
    </message>
    <message>
        <source>the workbook is saved as &apos;Strict Open XML Spreadsheet&apos;, which this tool does not read; in Excel save it as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>该工作簿保存为“Strict Open XML 电子表格”格式，本工具无法读取；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”</translation>
    </message>
    <message>
        <source>the workbook has {sheets} sheets (more than {limit}); it is not a planning workbook</source>
        <translation>该工作簿有 {sheets} 个工作表（超过 {limit} 个）；不是规划工作簿</translation>
    </message>
    <message>
        <source>{where} is encrypted inside the zip archive; Excel never writes such files, so it cannot be read</source>
        <translation>{where} 在 zip 压缩包内被加密；Excel 从不写入此类文件，因此无法读取</translation>
    </message>
    <message>
        <source>{where} is damaged ({error}); the file is not a readable .xlsx workbook (restore it from a backup, or open and repair it in Excel)</source>
        <translation>{where} 已损坏（{error}）；该文件不是可读取的 .xlsx 工作簿（请从备份恢复，或在 Excel 中打开并修复）</translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx workbook ({error}: {detail})</source>
        <translation>该文件不是可读取的 .xlsx 工作簿（{error}: {detail}）</translation>
    </message>
    <message>
        <source>a second sheet named &apos;{title}&apos;; keep only one</source>
        <translation>存在第二个名为“{title}”的工作表；请只保留一个</translation>
    </message>
    <message>
        <source>the sheet is hidden in Excel; its rows are used all the same</source>
        <translation>该工作表在 Excel 中处于隐藏状态；其各行仍会被使用</translation>
    </message>
    <message>
        <source>the chart sheet &apos;{title}&apos; is not part of the model and is not kept</source>
        <translation>图表工作表“{title}”不属于模型，不会保留</translation>
    </message>
    <message>
        <source>the header &apos;{header}&apos; repeats column {letter}; give every column one header</source>
        <translation>表头“{header}”与第 {letter} 列重复；每列只能有一个表头</translation>
    </message>
    <message>
        <source>cells {cells} are merged, so only {first} holds a value; unmerge them and fill in every cell</source>
        <translation>单元格 {cells} 已合并，只有 {first} 有值；请取消合并并填写每个单元格</translation>
    </message>
    <message>
        <source>an investment adds capacity to exactly one plant or one lane; fill in either plant or lane</source>
        <translation>一项投资只能增加一个工厂或一条线路的产能；请填写 plant 或 lane 之一</translation>
    </message>
    <message>
        <source>lane &apos;{lane}&apos; has no capacity_tonnes (unlimited), so a module cannot add to it; give the lane a capacity_tonnes</source>
        <translation>线路“{lane}”没有 capacity_tonnes（无限制），模块无法增加其能力；请为该线路填写 capacity_tonnes</translation>
    </message>
    <message>
        <source>max_modules is {high} but {low} modules are already committed (min_modules); max_modules must be at least min_modules</source>
        <translation>max_modules 为 {high}，但已承诺 {low} 个模块（min_modules）；max_modules 必须不小于 min_modules</translation>
    </message>
    <message>
        <source>the chokepoint names no lanes and no sites; list the lane ids or site ids of the group</source>
        <translation>该咽喉组既未列出线路也未列出地点；请列出该组的线路或地点标识</translation>
    </message>
    <message>
        <source>min_output {minimum} is above the largest capacity the plant can have ({largest} with every investment module); lower it or add modules</source>
        <translation>min_output {minimum} 高于该工厂可能的最大产能（加上全部投资模块为 {largest}）；请降低该值或增加模块</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; contains invisible characters (such as a zero-width space, {codes}); without them it is the id &apos;{id}&apos; on the {target} sheet: retype it</source>
        <translation>{column}“{value}”包含不可见字符（如零宽空格，{codes}）；去掉这些字符后即为 {target} 工作表上的编号“{id}”：请重新输入</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; looks like the id &apos;{id}&apos; on the {target} sheet but its accented letters are encoded differently (Unicode normalisation NFC vs NFD, e.g. typed on another computer); retype it</source>
        <translation>{column}“{value}”看起来与 {target} 工作表上的编号“{id}”相同，但其中带重音的字母编码不同（Unicode 规范化 NFC 与 NFD，例如在另一台电脑上输入）；请重新输入</translation>
    </message>
    <message>
        <source>the file has a cell at row {row}, column {column}, beyond Excel&apos;s last cell XFD1048576; Excel did not write this file, so it was not read</source>
        <translation>该文件在第 {row} 行、第 {column} 列有一个单元格，超出了 Excel 的最后一个单元格 XFD1048576；该文件不是 Excel 写入的，因此未被读取</translation>
    </message>
    <message>
        <source>the sheet&apos;s cells reach {cell}, a grid of {cells} cells (the limit is {limit}); delete the far-away cells (Ctrl+End in Excel shows the last one) and save again</source>
        <translation>该工作表的单元格延伸至 {cell}，共 {cells} 个单元格的网格（上限为 {limit}）；请删除远处的单元格（在 Excel 中按 Ctrl+End 可显示最后一个）后重新保存</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos;; write yes or no</source>
        <translation>{column} 为“{value}”；请填写 yes 或 no</translation>
    </message>
    <message>
        <source>change &apos;{value}&apos; is unknown; use CC (chapter), CTH (heading) or CTSH (subheading), or leave blank</source>
        <translation>未知的 change“{value}”；请使用 CC（章改变）、CTH（品目改变）或 CTSH（子目改变），或留空</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a product id nor a product family; name a product, a family or * for any</source>
        <translation>“{value}”既不是产品编号也不是产品类别；请填写产品、类别或 *（任意）</translation>
    </message>
    <message>
        <source>hs_code {value} is a number, so Excel may have dropped digits (4011.10 reads as 4011.1); format the cell as text and type the code</source>
        <translation>hs_code {value} 是数字，Excel 可能已丢掉末尾的位数（4011.10 会读成 4011.1）；请将单元格设为文本格式后重新输入编码</translation>
    </message>
    <message>
        <source>hs_code &apos;{value}&apos; is not an HS code; write at least 4 digits, dots allowed, e.g. 7208 or 4011.10</source>
        <translation>hs_code“{value}”不是 HS 编码；请填写至少 4 位数字，可含小数点，例如 7208 或 4011.10</translation>
    </message>
    <message>
        <source>the rule gives neither rvc nor change; give a minimum regional value content, a tariff shift (CC, CTH, CTSH) or both</source>
        <translation>该规则既未给出 rvc 也未给出 change；请填写最低区域价值成分、税则归类改变（CC、CTH、CTSH），或两者都填</translation>
    </message>
    <message>
        <source>product &apos;{product}&apos; needs an hs_code of at least {digits} digits: the tariff-shift rule on OriginRules row {rule} compares them</source>
        <translation>产品“{product}”需要至少 {digits} 位的 hs_code：OriginRules 第 {rule} 行的税则归类改变规则要比较这些位数</translation>
    </message>
    <message>
        <source>this lane can carry goods out of {country} that entered it from another country; since schema 2 their duty is paid once, by origin, where they are used, not at every border</source>
        <translation>此线路可将从其他国家进入 {country} 的货物再运出；自格式版本 2 起，关税按原产地在货物使用地只征收一次，而不是每过一道边境征收一次</translation>
    </message>
    <message>
        <source>unknown factor &apos;{factor}&apos;; use one of {allowed}</source>
        <translation>未知因素“{factor}”；请使用 {allowed} 之一</translation>
    </message>
    <message>
        <source>{factor} &apos;{target}&apos; is not in the workbook; name one of its {factor} targets ({example})</source>
        <translation>{factor}“{target}”不在工作簿中；请填写一个 {factor} 对象（{example}）</translation>
    </message>
    <message>
        <source>a closure needs a probability between 0 and 1</source>
        <translation>关闭需要一个 0 到 1 之间的概率</translation>
    </message>
    <message>
        <source>a closure has a probability, not a {column}; clear the cell or make the factor a shock</source>
        <translation>关闭只有概率，没有 {column}；请清空该单元格或将该因素改为冲击</translation>
    </message>
    <message>
        <source>a shock has a distribution, not a {column}; clear the cell or make the factor a closure</source>
        <translation>冲击只有分布，没有 {column}；请清空该单元格或将该因素改为关闭</translation>
    </message>
    <message>
        <source>a shock needs a distribution: one of {allowed}</source>
        <translation>冲击需要一个分布：{allowed} 之一</translation>
    </message>
    <message>
        <source>{distribution} needs the parameters {shape} (numbers separated by semicolons)</source>
        <translation>{distribution} 需要参数 {shape}（以分号分隔的数字）</translation>
    </message>
    <message>
        <source>the spread of {distribution} must not be negative</source>
        <translation>{distribution} 的离散参数不能为负</translation>
    </message>
    <message>
        <source>uniform needs low ≤ high</source>
        <translation>uniform 要求 low ≤ high</translation>
    </message>
    <message>
        <source>triangular needs low ≤ mode ≤ high and low &lt; high</source>
        <translation>triangular 要求 low ≤ mode ≤ high 且 low &lt; high</translation>
    </message>
</context>
</TS>
