<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation>本应用</translation>
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation>编写本应用所用的语言</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>公有领域</translation>
        </message>
        <message>
            <source>the workshop file</source>
            <translation>讲习班文件</translation>
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation>{name} 依据 {licence} 许可证发布。</translation>
        </message>
        <message>
            <source>portable</source>
            <translation>便携版</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>from source</source>
            <translation>源代码版</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>数据文件夹：{folder}</translation>
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation>程序：{folder}</translation>
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation>关于 UPR Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation>用于普遍定期审议后续行动的离线讲习班：审阅建议，按专题分组并确定优先次序，表决，通过成果宪章。无需互联网；除非您复制，讲习班文件始终保存在本电脑上。</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation>便携版：设置、最近的讲习班、日志和备份都保存在应用旁边的 {folder} 中。</translation>
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation>设置、最近的讲习班、日志和备份：{folder}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>组件及其许可证</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>许可证文本</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation>复制版本和数据文件夹，以便粘贴到求助请求中。</translation>
        </message>
        <message>
            <source>This app</source>
            <translation>本应用</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>程序库</translation>
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation>PDF 中嵌入的字体</translation>
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation>联盟</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation>理由：发生了什么变化，或什么没有变化（一两句话）</translation>
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation>此项评估的证据</translation>
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation>尚无证据：请在“证据”选项卡中添加，然后在此链接。</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>记录评估</translation>
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation>建议或优先事项</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>评估者</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation>以往的评估会保留：本次评估将添加到历史记录中。各组织意见不一时，会显示每个组织的看法。</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1/%2 个字符</translation>
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>无信息</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation>导入出席名单</translation>
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation>来自 %1 · 已读取 %2 行</translation>
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation>没有新人：名单上的每个人都已登记。</translation>
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation>此名单中没有需要添加的人。</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>将添加 %n 名与会者。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation>%1 人已登记（姓名和组织相同），不会重复添加。</translation>
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation>未列入名单的条目（%1）</translation>
        </message>
        <message>
            <source>The list</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation>%2 项中的前 %1 项</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>导入 1 名与会者</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>导入 %1 名与会者</translation>
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation>文件中有 1 行被略去。</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>文件中有 %n 行被略去。</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>出席情况：%1</translation>
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation>谁在场并领取了选票代码纸条</translation>
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation>勾选所有在场并领取了选票代码纸条的人，然后保存。请在表决之前或之后进行，切勿在投票过程中进行：名单整体保存，不记录时间和顺序，也无法从中看出谁投了票。</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>在场的组织</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>在场的与会者</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>全部勾选</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>保存出席情况</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>已勾选在场：%n/{total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>专题重点</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>(by number)</source>
            <translation>（按编号）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation>选票代码：{round}</translation>
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation>请勿向他人透露此代码。</translation>
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation>在电脑上输入，或写在纸质选票上。</translation>
        </message>
        <message>
            <source>It works once.</source>
            <translation>只能使用一次。</translation>
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation>输入您的选票代码</translation>
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation>这是使用选票代码的无记名投票。请输入您所领取纸条上的代码。任何人都不知道哪张纸条属于谁，连这台电脑也不知道。每个代码只能使用一次。</translation>
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation>十个字母和数字，例如 K7QP4-XMD2A。不区分大小写，连字符可有可无。</translation>
        </message>
        <message>
            <source>Your ballot code</source>
            <translation>您的选票代码</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>选票代码</translation>
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation>继续填写选票  ›</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>请先输入纸条上的代码。</translation>
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation>选票代码由十个字母和数字组成。请核对纸条后重新输入。</translation>
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>此代码对本轮无效，或已被使用。请核对，或向主持人索取新的纸条。</translation>
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation>选票代码纸条</translation>
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation>现在打印选票代码纸条</translation>
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation>“%1”已开放，共有 %2 个一次性选票代码。代码只在此时显示：讲习班文件不保存这些代码，因此无法再次显示。请打印代码纸条（或另存为 PDF 以便在另一台电脑上打印），剪开并打乱。每人随机领取一张，在投票终端上输入代码，或写在纸质选票上。</translation>
        </message>
        <message>
            <source>Print slips…</source>
            <translation>打印代码纸条…</translation>
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation>将代码纸条另存为 PDF…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation>保存选票代码纸条</translation>
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation>选票代码.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation>已保存到 %1。请打印后将其删除：这些代码等同于选票。</translation>
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation>打印选票代码纸条</translation>
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation>已向打印机发送 %1 页。</translation>
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation>代码纸条尚未打印或保存。此窗口关闭后，这些代码将永久消失，本轮若要再接收选票，只能另开新的一轮。仍要关闭吗？</translation>
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <source>What is left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation>您的全部 %1 都已分配。要移动其中一个，请先从某个候选项上取下。</translation>
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation>%1 已有 %2：这是一个候选项所能获得的上限。</translation>
        </message>
        <message>
            <source>Your ranking</source>
            <translation>您的排序</translation>
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation>尚未排序</translation>
        </message>
        <message>
            <source>▲  Up</source>
            <translation>▲  上移</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>▼  Down</source>
            <translation>▼  下移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>=  Level with above</source>
            <translation>=  与上一项并列</translation>
        </message>
        <message>
            <source>Level with the one above</source>
            <translation>与上一项并列</translation>
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation>将此候选项与上一项并列排序：两者共享同一名次。再按一次则将其排在下面。</translation>
        </message>
        <message>
            <source>✕  Remove</source>
            <translation>✕  移除</translation>
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation>您的排序，最优先的在前</translation>
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation>您的排序：点击右侧的候选项，将其排在第一位</translation>
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation>尚未排序（%1）：点击您下一个偏好的候选项</translation>
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation>所有候选项均已排序</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation>按 + 给一个候选项贴一个圆点。一个候选项可以贴多个圆点。</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation>按 + 给一个候选项贴一个圆点。一个候选项可以贴多个圆点（最多 %1 个）。</translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>%n 个圆点中还剩 {left} 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>%n 分中还剩 {left} 分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>全部 %n 个圆点已分配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>全部 %n 分已分配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>您支持 %n 个候选项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>已排序：%n/{total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>已评分：%n/{total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>已标记：%n/{total}</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation>%1选择</translation>
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation>%1选择，并列</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>得分 %1</translation>
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation>分配您的分数：按 +（每次 %1 分）或在候选项旁输入数字。</translation>
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation>勾选您支持的所有候选项，数量不限。</translation>
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation>为每个候选项打分，从 0（完全不支持）到 %1（最支持）。再次按下已选分数，可取消对该候选项的评分。</translation>
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation>按偏好顺序点击候选项：首选的放在最前。不必为所有候选项排序。要使两个候选项并列，选中下方的一项并按“与上一项并列”。</translation>
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation>为每个候选项标记“必须”“应该”“可以”或“不会”。再次按下已选标记可将其清除。</translation>
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation>%1，并列：%2：%3</translation>
        </message>
        <message>
            <source>= level with the one above</source>
            <translation>= 与上一项并列</translation>
        </message>
        <message>
            <source>Take one off %1</source>
            <translation>从 %1 减去一个</translation>
        </message>
        <message>
            <source>Add one to %1</source>
            <translation>给 %1 加一个</translation>
        </message>
        <message>
            <source>Points for %1</source>
            <translation>%1 的分数</translation>
        </message>
        <message>
            <source>Dots on %1</source>
            <translation>%1 上的圆点</translation>
        </message>
        <message>
            <source>at most %1 here</source>
            <translation>此处最多 %1</translation>
        </message>
        <message>
            <source>Support %1</source>
            <translation>支持 %1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>未标记</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>未评分</translation>
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation>组织 {number}</translation>
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>尚未登记任何组织，因此无法为任何人打印选票。请先登记与会者，或选择打印空白选票。</translation>
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>尚未登记任何与会者，因此无法为任何人打印选票。请先登记与会者，或选择打印空白选票。</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>%n 张选票过多，无法一次打印（最多 {most} 张）。请减少空白选票的数量。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>您有 %n 个圆点。请把它们分给您最重视的建议：每个圆点涂满一个圆圈。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>您有 %n 个圆点。请把它们分给您最重视的建议：在建议的方框中写下您给它的圆点数。</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation>每条建议最多贴 1 个圆点。</translation>
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>每条建议最多可贴 %n 个圆点。</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation>您可以在一条建议上贴多个圆点，也可以全部贴在一条建议上。</translation>
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>总数不得超过 %n：圆点多于此数的选票无法计入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>您有 %n 分可以分配。在建议的方框中写下您给它的分数；不给分则留空。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>每条建议最多给 %n 分。</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation>您可以把全部分数给一条建议。</translation>
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>您的分数总和不得超过 %n：请在底部写下总数。</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation>勾选您支持的每条建议的方框。</translation>
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation>数量不限，也可以一条都不勾选。</translation>
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation>对您要评分的每条建议给出一个分数，从 0（非优先事项）到 {top}（最优先）：在该分数的圆圈上打叉或涂满。每条建议只给一个分数。</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation>不想评分的建议请留空：空行不等于 0 分。</translation>
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation>为建议排序：在您首选的建议方框中写 1，第二选择写 2，依此类推。</translation>
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation>排序数量不限，其余留空即可。</translation>
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation>您可以让建议并列：给它们相同的数字，然后从它们所占名次之后的数字继续（1、2、2、4）。</translation>
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation>排序越靠前，建议得分越高：如果排了 5 条，您的首选得 5 分，第二选择得 4 分，依次递减到第五选择得 1 分。并列的建议平分其所占名次的分数。</translation>
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation>留空的建议视为排在您所排序的所有建议之后。</translation>
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation>对每条建议，在一个字母上打叉或涂满：M = 必须，S = 应该，C = 可以，W = 不会。</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation>对某条建议没有意见的，请留空。</translation>
        </message>
        <message>
            <source>Your dots</source>
            <translation>您的圆点</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分数</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>勾选</translation>
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation>您的评分（0–{top}）</translation>
        </message>
        <message>
            <source>Your rank</source>
            <translation>您的排序</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>您的选择</translation>
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation>将选票折好，标记朝内，投入投票箱。</translation>
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation>将选票交给主持人。</translation>
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation>选票 {number}/{total}</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>选票</translation>
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation>无记名投票：请勿写姓名</translation>
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation>这张选票上没有任何信息能与您联系起来。做好标记后，将选票折好。</translation>
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation>选票代码</translation>
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation>抄写您所领取纸条上的代码。没有有效且未使用代码的选票不予计入。</translation>
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>VOTER</source>
            <translation>投票人</translation>
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation>请在横线上写下您所属组织的名称，以便将您的投票计入该组织。</translation>
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation>请在横线上写下您的姓名，以便计入您的投票。</translation>
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation>每个组织一张选票：请共同商定标记。</translation>
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation>公开投票：记录谁投了什么票。请只在写有您姓名的选票上投票。</translation>
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation>纸质选票</translation>
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation>投票方式：{method}</translation>
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation>选票 {number}（续）</translation>
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation>选票 {number} 续见下页</translation>
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation>为适合选票篇幅已缩短：全文见建议分发材料。</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation>您的分数总和（最多 {budget}）</translation>
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>核对：总数不超过 %n 个圆点。</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation>核对：数字从 1 开始；相同数字表示并列。</translation>
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation>纸质选票：{round}</translation>
        </message>
        <message>
            <source>Secret ballot</source>
            <translation>无记名投票</translation>
        </message>
        <message>
            <source>Open ballot</source>
            <translation>公开投票</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>纸质选票</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>更改密码短语</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>当前密码短语</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>新密码短语</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation>文件将用新密码短语重新加密。恢复密钥也会随之更改：旧的恢复密钥将失效，接下来会显示新的恢复密钥。</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>请输入当前密码短语。</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>当前密码短语不正确。未做任何更改。</translation>
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation>无法更改密码短语：{reason}。旧密码短语仍然有效。</translation>
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>State(s)</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>提出建议的国家</translation>
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation>成果宪章</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>序言</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层面</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>落实状况</translation>
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation>草稿——尚未通过</translation>
        </message>
        <message>
            <source>First cycle</source>
            <translation>第一轮</translation>
        </message>
        <message>
            <source>Second cycle</source>
            <translation>第二轮</translation>
        </message>
        <message>
            <source>Third cycle</source>
            <translation>第三轮</translation>
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation>第四轮</translation>
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation>第五轮</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>第 {number} 轮</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation>{cycle}，审议日期 {date}</translation>
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation>审议日期 {date}</translation>
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation>{country}的普遍定期审议</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation>于 {date} 在 {place} 通过的宪章的新草稿。</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation>于 {date} 通过的宪章的新草稿。</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation>在 {place} 通过的宪章的新草稿。</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation>先前通过的宪章的新草稿。</translation>
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation>在各组织通过之前，本文本仍可修改。</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Priority {number}</source>
            <translation>优先事项 {number}</translation>
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation>国家层面</translation>
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation>区域层面</translation>
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation>国际层面</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>优先事项</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>行动要点</translation>
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation>监测和后续行动</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>联署</translation>
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation>附件：引用的建议</translation>
        </message>
        <message>
            <source>Expected government action</source>
            <translation>期望政府采取的行动</translation>
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation>民间社会组织的行动和倡导</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>牵头方</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation>指标或基准</translation>
        </message>
        <message>
            <source>Resources needed</source>
            <translation>所需资源</translation>
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation>时间表和里程碑</translation>
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation>于 {date} 在 {place} 通过</translation>
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation>于 {date} 通过</translation>
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation>在 {place} 通过</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation>{draft}：自 {date} 在 {place} 通过以来已有修改</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation>{draft}：自 {date} 通过以来已有修改</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation>{draft}：在 {place} 通过后已有修改</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation>{draft}：自通过以来已有修改</translation>
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n 条未解决的评论</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation>行动要点已保存。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>%1 action points</source>
            <translation>%1 个行动要点</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>暂无。</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>添加行动要点…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation>行动要点已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation>行动要点已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Plan of action</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation>各组织将在国内、区域和联合国层面开展的工作。按 Enter 添加；双击要点可进行修改。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>注意到</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>不详</translation>
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation>引用的建议</translation>
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation>附件列出各优先事项引用的建议。目前尚未引用任何建议。</translation>
        </message>
        <message>
            <source>Built automatically</source>
            <translation>自动生成</translation>
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation>根据各优先事项引用的建议生成，按首次引用的顺序排列：共 %1 条。会自动更新。</translation>
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation>{time}  ·  已解决</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>标记为已解决</translation>
        </message>
        <message>
            <source>COMMENTS</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation>此部分尚无评论。</translation>
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation>就此部分添加评论…</translation>
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation>评论者。选择“匿名”则文件中不留任何姓名。</translation>
        </message>
        <message>
            <source>Comment from</source>
            <translation>评论者</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>添加评论</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation>提出人</translation>
        </message>
        <message>
            <source>On “%1”</source>
            <translation>关于“%1”</translation>
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation>此部分没有未解决的评论。</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation>评论已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation>评论已标记为已解决。</translation>
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation>评论已重新打开。</translation>
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation>评论已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>已在纸上签署</translation>
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation>组织的签字页交回后请勾选。</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation>%1：已在纸上签署。</translation>
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation>%1：不再标记为已签署。</translation>
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation>联署已保存。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation>添加联署</translation>
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation>修改联署</translation>
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation>组织签署时使用的名称</translation>
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation>签署人姓名</translation>
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation>执行主任、主席…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation>宪章为每个组织打印一条签名栏。代表的姓名会印出来：请先征得其本人同意。</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation>“%1”不是日期。请写成 2025-03-14 的格式，或留空。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation>添加与会者所属组织</translation>
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation>为每个尚未列出的已登记组织添加一项联署</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>联署</translation>
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation>尚无联署。请添加与会者所登记的组织，或逐个添加组织。</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation>通过宪章的组织。双击单元格可进行修改；签字页交回后请勾选“已在纸上签署”。</translation>
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation>联署已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation>%1 的联署已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>National</source>
            <translation>国家层面</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>区域层面</translation>
        </message>
        <message>
            <source>International</source>
            <translation>国际层面</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
        <message>
            <source>Action points by level</source>
            <translation>按层面列出的行动要点</translation>
        </message>
        <message>
            <source>Title and details</source>
            <translation>标题和详细信息</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>无标题章节</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>无标题优先事项</translation>
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation>宪章的各个部分</translation>
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation>计划：已撰写 %1/%2 部分</translation>
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation>您输入的所有内容都会随时自动保存，因此不存在忘记点击“保存”按钮的问题。</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>保存版本…</translation>
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation>为宪章的当前状态命名并保存</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>版本…</translation>
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation>逐字比较版本，或恢复某一版本</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation>显示或隐藏对所示部分的评论</translation>
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation>通过宪章…</translation>
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation>将宪章定稿为已通过文本，并注明日期和地点</translation>
        </message>
        <message>
            <source>+ Section</source>
            <translation>+ 章节</translation>
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation>添加一个带有独立标题的自定义章节</translation>
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation>+ 优先事项 ▾</translation>
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation>从专题组、建议或一轮表决中添加优先事项</translation>
        </message>
        <message>
            <source>From a cluster…</source>
            <translation>从专题组…</translation>
        </message>
        <message>
            <source>From recommendations…</source>
            <translation>从建议…</translation>
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation>根据已结束的一轮表决填写…</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>成果宪章</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 个优先事项</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n 个优先事项</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation>引用了 1 条建议</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>引用了 %n 条建议</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation>于 %1 在 %2 通过</translation>
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation>编辑将开始一份新草稿；已通过的文本保持不变</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation>自 %1 通过以来已有修改；已通过的文本保持不变</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ 所有更改均已保存</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>空白宪章</translation>
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation>已基于 %1 开始撰写宪章。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>新章节</translation>
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation>章节已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation>章节已移动。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>this untitled section</source>
            <translation>这个无标题章节</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>删除章节</translation>
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation>删除章节“%1”及其评论？可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation>章节已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation>添加 1 个优先事项</translation>
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation>添加 %1 个优先事项</translation>
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation>已添加 1 个优先事项。按 Ctrl+Z 撤销。</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已添加 %n 个优先事项。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation>已添加优先事项“%1”。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation>优先事项已按该轮表决的顺序排列；新增 %1 个。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation>优先事项已移至第 %1 位。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Delete a priority</source>
            <translation>删除优先事项</translation>
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation>删除优先事项“%1”及其计划和评论？建议仍保留在讲习班中。可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation>优先事项已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation>版本已保存。可在“版本…”中比较或恢复。</translation>
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation>宪章暂时无法通过</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation>宪章中仍有[方括号]中的模板说明，位于：{parts}。

是否按现状通过宪章？如需先替换这些说明，请选择“取消”。</translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>宪章尚未完成</translation>
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation>宪章已于 %1 在 %2 通过。其文本按通过时的状态保留。</translation>
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation>只读：此处不能做任何更改</translation>
        </message>
        <message>
            <source>About the charter</source>
            <translation>关于宪章</translation>
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation>这些信息显示在打印宪章的开头。它们来自讲习班详细信息；在此修改只影响宪章。</translation>
        </message>
        <message>
            <source>The charter's title</source>
            <translation>宪章标题</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>城市，国家</translation>
        </message>
        <message>
            <source>2025-03-12</source>
            <translation>2025-03-12</translation>
        </message>
        <message>
            <source>2025-03-14</source>
            <translation>2025-03-14</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>每行一个组织</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation>自</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation>至</translation>
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation>日期格式为年-月-日，例如 2025-03-12。</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation>每行一个组织，与宪章上的名称一致。</translation>
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation>背景：审议、收到的建议、形成本宪章的过程…</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation>由谁负责后续行动、何时审查进展、中期报告…</translation>
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation>背景、审议、所遵循的过程。</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation>由谁负责后续行动、何时审查进展、中期报告。</translation>
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation>输入时自动保存。</translation>
        </message>
        <message>
            <source>The charter's text</source>
            <translation>宪章正文</translation>
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation>上移章节（在大纲中按 Alt+↑）</translation>
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation>下移章节（在大纲中按 Alt+↓）</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Delete this section</source>
            <translation>删除此章节</translation>
        </message>
        <message>
            <source>Heading of the section</source>
            <translation>章节标题</translation>
        </message>
        <message>
            <source>The section's text…</source>
            <translation>章节正文…</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>第 %1 节，共 %2 节</translation>
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation>带有独立标题的自定义章节。</translation>
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation>来自建议的优先事项</translation>
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation>向“%1”添加建议</translation>
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation>勾选该优先事项涵盖的建议。可按关键词、编号或国家搜索。</translation>
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation>勾选要添加的建议。已涵盖的建议不再列出。</translation>
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation>搜索建议</translation>
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation>优先事项标题，例如“妇女诉诸司法”</translation>
        </message>
        <message>
            <source>Add the priority</source>
            <translation>添加优先事项</translation>
        </message>
        <message>
            <source>Add recommendations</source>
            <translation>添加建议</translation>
        </message>
        <message>
            <source>Title of the priority</source>
            <translation>优先事项标题</translation>
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation>添加 1 条建议</translation>
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation>添加 %1 条建议</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>In the charter</source>
            <translation>已在宪章中</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>优先事项 %1</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation>来自专题组的优先事项</translation>
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation>您勾选的每个专题组都将成为一个优先事项，以专题组名称为标题，并涵盖其中的建议。已在宪章中的专题组显示为已勾选并变灰。</translation>
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation>本讲习班尚无专题组。请在“专题组”步骤中将建议分组，或改为根据建议设立优先事项。</translation>
        </message>
        <message>
            <source>Add priorities</source>
            <translation>添加优先事项</translation>
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation>来自一轮表决的优先事项</translation>
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation>该轮表决的结果按顺序成为宪章的优先事项。已涵盖某一结果的优先事项移到相应位置；其余的作为新优先事项添加。</translation>
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation>所有候选项，按结果顺序</translation>
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation>仅取排名靠前的结果（含在截止位置并列者）</translation>
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation>选取的结果数：</translation>
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation>尚无已结束的表决轮次。请在“表决”步骤中结束一轮表决，然后返回此处。</translation>
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation>填写优先事项</translation>
        </message>
        <message>
            <source>Closed round</source>
            <translation>已结束的一轮表决</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先事项</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层面</translation>
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation>已撰写 %1/%2</translation>
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation>您选择的每个专题组都将成为一个包含其建议的优先事项</translation>
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation>挑选建议，组成一个优先事项</translation>
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation>该轮表决的结果按顺序成为优先事项</translation>
        </message>
        <message>
            <source>Add priorities:</source>
            <translation>添加优先事项：</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>优先事项</translation>
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation>尚无优先事项。宪章是围绕优先事项通过的：可从专题组中选取，挑选建议，或根据已结束的一轮表决填写。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation>在大纲中拖动优先事项，或使用按钮，以更改顺序。</translation>
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation>1 个优先事项，按宪章中的顺序排列。</translation>
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation>各组织商定要开展的工作，每项都有计划。</translation>
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation>各组织商定的内容</translation>
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation>期望政府采取的行动。</translation>
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation>各组织将开展的工作：倡导、监测、提高认识、影子报告。</translation>
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation>由谁牵头后续行动。</translation>
        </message>
        <message>
            <source>Who works with them.</source>
            <translation>与谁合作。</translation>
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation>如何衡量进展：基准、数字、通过的法律。</translation>
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation>所需的人员、资金和专业知识。</translation>
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation>{text}

提出建议的国家：{states}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation>不是日期：请写 2027、2027-06 或 2027-06-30。</translation>
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation>上移优先事项（在大纲中按 Alt+↑）</translation>
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation>下移优先事项（在大纲中按 Alt+↓）</translation>
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation>删除此优先事项及其计划</translation>
        </message>
        <message>
            <source>The priority's title</source>
            <translation>优先事项标题</translation>
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation>添加建议…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation>此优先事项涵盖的建议</translation>
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation>尚无建议。优先事项通常会引用其所跟进的建议。</translation>
        </message>
        <message>
            <source>THE PLAN</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation>开展工作的层面。</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>落实状况</translation>
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation>用于讲习班之后的后续行动。</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>添加里程碑</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation>日期格式为 2027、2027-06 或 2027-06-30。双击单元格可进行修改。</translation>
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation>优先事项 %1/%2</translation>
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation>涵盖的建议</translation>
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation>计划已填写 %1/%2</translation>
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation>计划 · 已撰写 %1/%2 部分</translation>
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation>优先事项需要一个标题。在此之前，宪章保留“%1”。</translation>
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation>已从优先事项中移除建议。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Use this template →</source>
            <translation>使用此模板 →</translation>
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation>第 6 步 · 成果宪章</translation>
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation>起草成果宪章</translation>
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation>宪章是讲习班的成果：各组织商定的优先事项，每项都有计划（做什么、由谁做、如何衡量、何时完成），随后通过并签署。可从模板开始；其中一切都可修改，您输入的所有内容都会随时保存。</translation>
        </message>
        <message>
            <source>Start blank</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation>仅包含讲习班标题、地点和日期的宪章</translation>
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation>本讲习班没有宪章，且以只读方式打开。</translation>
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation>或仅以讲习班的标题、地点和日期开始：</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>没有差异：两份文本相同。</translation>
        </message>
        <message>
            <source>No words added.</source>
            <translation>未添加任何字词。</translation>
        </message>
        <message>
            <source>No words removed.</source>
            <translation>未删除任何字词。</translation>
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation>{added}{removed}</translation>
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation>%1 行未更改</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation>已通过的文本：永不更改。</translation>
        </message>
        <message>
            <source>Save a version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation>保存宪章的一个版本</translation>
        </message>
        <message>
            <source>Draft of %1</source>
            <translation>%1 的草稿</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation>版本会完全按当前状态保存宪章。可与后来的草稿比较，或恢复到该版本。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation>宪章的版本</translation>
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation>尚未保存任何版本。“保存版本…”会按当前状态保存宪章。</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>恢复此版本…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation>选择一个版本与当前草稿比较，或在下方任选两个版本。恢复某一版本将替换草稿；可以撤销。</translation>
        </message>
        <message>
            <source>The current draft</source>
            <translation>当前草稿</translation>
        </message>
        <message>
            <source>Restore a version</source>
            <translation>恢复版本</translation>
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation>恢复“%1”？当前草稿将被替换。可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation>版本已恢复。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation>通过宪章</translation>
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation>已通过的文本将被定稿：完全按当前状态保存，注明通过的日期和地点，并作为已通过的宪章打印。之后的编辑会开始一份新草稿，永远不会改动它。通过后无法撤销。</translation>
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation>各组织通过宪章的地点</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>通过日期</translation>
        </message>
        <message>
            <source>At</source>
            <translation>地点</translation>
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>添加了 %n 个字词。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>删除了 %n 个字词。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 条建议</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation>在右侧选择行并按 %1，将其移到这里。</translation>
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation>在右侧选择行并按 0，将其移出所在专题组。</translation>
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation>双击或按 F2 重命名。</translation>
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}，%n 条建议</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation>输入专题组名称…</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation>↑↓ 选择 · Enter 移动 · Esc 取消</translation>
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation>移出专题组（未分配）</translation>
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation>+   新建专题组“%1”</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation>专题组需要一个名称。</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>名称过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation>已有名为“{name}”的专题组。</translation>
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation>此专题组已不存在（可能已被删除或合并）。</translation>
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation>说明过长（{text_count} 个字符；最多 {description_max} 个）。</translation>
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation>新专题组 {name}</translation>
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation>重命名专题组 {name}</translation>
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation>为专题组 {name} 添加说明</translation>
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation>移动专题组 {name}</translation>
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation>请选择要删除的专题组。</translation>
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation>删除专题组 {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>删除 %n 个专题组</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation>请至少选择两个要合并的专题组。</translation>
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation>将 {number} 个专题组合并到 {name}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>将 %n 条建议移至 {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>将 %n 条建议移出其专题组</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation>尚无可分组的建议。请先在“审阅”中导入。</translation>
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation>这些建议没有可作为起点的主题（或受影响者）。请用“新建专题组”手动创建专题组。</translation>
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>根据主题提议 %n 个专题组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>按主题归置 %n 条建议</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation>将建议按专题分组</translation>
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation>根据主题提议专题组</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation>从导入建议时附带的主题开始：每个主题一个专题组，每条建议归入其最常见的主题。已有专题组后，只会把未分配的建议添加到与其主题同名的专题组中。</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>新建专题组</translation>
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation>在列表下方的字段中为新专题组命名</translation>
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation>未分配的建议</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>No clusters yet</source>
            <translation>尚无专题组</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation>重命名所选专题组（F2）</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation>选择两个或更多专题组（Ctrl+单击），然后选择要合并到的专题组</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation>删除所选专题组（Del）。其中的建议将变为未分配。</translation>
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation>在列表中上移专题组（Alt+↑）</translation>
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation>在列表中下移专题组（Alt+↓）</translation>
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation>为新专题组命名…</translation>
        </message>
        <message>
            <source>New cluster name</source>
            <translation>新专题组名称</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation>移至专题组…</translation>
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation>将所选建议移至另一个专题组（Ctrl+M）</translation>
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation>简要说明此专题组涵盖的内容…</translation>
        </message>
        <message>
            <source>Cluster description</source>
            <translation>专题组说明</translation>
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation>尚未归入任何专题组的建议。选择行后将其拖到左侧的专题组上，按专题组编号（1–9），或按 Ctrl+M 按名称选择。</translation>
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation>搜索这些建议…</translation>
        </message>
        <message>
            <source>Search the cluster</source>
            <translation>在专题组中搜索</translation>
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation>专题组中的建议</translation>
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation>选择行后将其拖到专题组上，按其编号（0 为移出），或按 Ctrl+M 按名称选择。</translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation>尚无可分组的建议。请在第 1 步“审阅”中导入。</translation>
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation>本讲习班为只读，无法在其中建立专题组。请保存副本，在副本中整理建议。</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation>从导入建议时附带的主题开始，然后大家一起重命名、合并和整理。也可以逐个为专题组命名。</translation>
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation>尚无建议</translation>
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>尚无专题组  ·  %n 条建议待整理</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n 个专题组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>已归入专题组的建议：%n/{total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n 条未分配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>匹配：%n/{total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n 条建议现已变为未分配。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n 条建议已移至“{name}”。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n 条建议已移至新专题组“{name}”。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n 个专题组已合并到“{name}”。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>是否删除 %n 个专题组？</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>其中的 %n 条建议将变为未分配；任何建议都不会被删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation>此专题组是宪章中一项优先事项的依据：{titles}。</translation>
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>此专题组是宪章中 %n 项优先事项的依据：{titles}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已删除 %n 个专题组；其中的建议变为未分配。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>已根据主题提议 %n 个专题组。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>%n 条建议不属于任何足够普遍的共同主题，仍为未分配。</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation>每条建议都已归入专题组</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation>此处没有与“%1”匹配的内容。</translation>
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation>尚无建议。请在第 1 步“审阅”中导入。</translation>
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation>每条建议都已归入专题组。</translation>
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation>此专题组中尚无内容。
打开“未分配”，选择建议并拖到这里，或按此专题组的编号。</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation>本讲习班为只读。请保存副本以整理建议。</translation>
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation>请先选择要移动的建议。</translation>
        </message>
        <message>
            <source>Move to cluster</source>
            <translation>移至专题组</translation>
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation>已在“%1”中。</translation>
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation>移至新专题组 %1</translation>
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation>没有编号为 %1 的专题组。</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation>已创建专题组“%1”。在“未分配”中选择行并按 %2 以填充。</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation>已创建专题组“%1”。从“未分配”中拖动行到其上以填充。</translation>
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation>专题组已重命名。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation>说明已保存。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation>请先选择两个或更多专题组（Ctrl+单击）</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>合并到“%1”</translation>
        </message>
        <message>
            <source>Merge clusters</source>
            <translation>合并专题组</translation>
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation>删除专题组“%1”？</translation>
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation>其中的一条建议将变为未分配；建议本身不会被删除。</translation>
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation>仍要删除吗？优先事项会保留其建议。</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Delete clusters</source>
            <translation>删除专题组</translation>
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>专题组已删除；其中的建议变为未分配。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation>没有可添加的内容：主题与专题组名称相符的每条建议都已归入专题组。只有在尚无任何专题组时，才会提议新的专题组。</translation>
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation>未分配的建议已添加到与其主题同名的专题组。</translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation>按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>移至</translation>
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation>移出专题组</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation>“{name}”已有宪章（“{title}”）。如要从模板重新开始，请加上 --replace。</translation>
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation>已从模板“{template}”（{template_title}）开始撰写宪章“{title}”。</translation>
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation>本讲习班尚无宪章。可用以下命令开始：upr-desktop charter {file} --from-template NAME（{names}）。</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation>于 {date} 在 {place} 通过</translation>
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation>草稿（自 {date} 在 {place} 通过以来已有修改；已通过的文本予以保留）</translation>
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation>尚无地点或日期</translation>
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation>“{name}”为只读；请先将其复制到可写入的文件夹。</translation>
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation>标准输入中没有选票代码。请提供 `round open` 打印的代码，每行一个。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>已将 %n 张选票代码纸条（{size} KB）写入 {file}。打印后，请删除该文件和代码列表：这些代码等同于选票。</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation>upr-desktop：警告：{problem}</translation>
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation>已将宪章 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation>已将选票 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation>已将结果 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation>已将分发材料 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation>已将中期报告 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation>已将 PDF（{size} KB）写入 {file}</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 个优先事项</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n 个优先事项</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation>已将落实矩阵（{priorities}，{rows}）写入 {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation>已将宪章“{title}”以 Word 文档形式写入 {file}（未列出代表姓名：本讲习班的输出已匿名）</translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation>已将宪章“{title}”以 Word 文档形式写入 {file}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>已将宪章引用的 %n 条建议作为 IMPACT OSS 导入文件写入 {file}。IMPACT OSS 会将其作为草稿导入：请在其中链接并发布。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>已将讲习班中的 %n 条建议作为 IMPACT OSS 导入文件写入 {file}。IMPACT OSS 会将其作为草稿导入：请在其中链接并发布。</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation>已添加证据“{title}”（文件 {file}，sha256 {sha256}）——机密：{id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation>已添加证据“{title}”（文件 {file}，sha256 {sha256}）：{id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation>已添加证据“{title}”——机密：{id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation>已添加证据“{title}”：{id}</translation>
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation>--evidence：“{part}”不是证据编号；请提供以逗号分隔的数字。</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation>{change}（{by}，{date}）。评估者对此意见不一。{id}</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation>{change}（{by}，{date}）。{id}</translation>
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation>未落实 {not_} · 部分落实 {partial} · 全部落实 {full} · 无信息 {no_info} · 未评估 {none}</translation>
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation>评估者意见不一的建议：{references}</translation>
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation>已逾期：{priority} {milestone}（截止日期 {due}）</translation>
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation>过去 12 个月内未评估：{count}</translation>
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation>中期报告保存为 .pdf 或 .docx，而不是“{value}”。</translation>
        </message>
        <message>
            <source>no ending</source>
            <translation>无扩展名</translation>
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation>已将中期报告写入 {file}</translation>
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation>已将利益攸关方提交材料草稿写入 {file}：{words}/{cap} 字。</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation>--response：“{given}”不是答复；请使用 supported、noted、pending 或 unknown。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>已将 %n 条建议写入 {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation>没有名为“{name}”的命令或文件</translation>
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation>upr-desktop：出现错误（{kind}：{error}）。未做任何更改；详细信息见 {log}。</translation>
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation>{message} 如要制作一份：upr-desktop clean "{file}" COPY.uprw</translation>
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation>命令有：{commands}。不带参数或带讲习班文件运行即可打开应用；`upr-desktop COMMAND --help` 说明某个命令。</translation>
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation>不具名记录的与会者不保留组织、重点领域、联系方式或同意情况。请提供 --name，或省略 --org、--focus、--contact 和 --consent。</translation>
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>讲习班现有 %n 名与会者。</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation>尚未登记任何与会者。</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation>本讲习班中没有编号为 {listed} 的建议。请核对段落编号（upr-desktop search FILE WORDS 会显示编号）。</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation>本讲习班中没有编号为 {listed} 的建议。请核对段落编号（upr-desktop search FILE WORDS 会显示编号）。</translation>
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation>本讲习班中有 {by_reference_count} 条建议的编号为 {r}。请改用各自的 id 指定（#ID，见 upr-desktop search --json）。</translation>
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation>--dots 仅用于圆点投票（百分制投票的配额为 --points）。</translation>
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation>--points 仅用于百分制投票（圆点投票请使用 --dots）。</translation>
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation>{twice} 在 --candidates 中列了两次。每条建议只列一次。</translation>
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation>“{title}”已经开放。其选票代码在开放时已显示，不会再次显示。</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>“{title}”已开放投票，共有 %n 个选票代码，已在上方显示。这些代码不保存在任何地方，也不会再次显示：请立即用以下命令打印代码纸条：upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation>“{title}”已开放投票。{turnout}。</translation>
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation>“{title}”已结束。{turnout}。查看结果：upr-desktop tally {file} {round}</translation>
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation>尚无表决轮次。</translation>
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation>{key} 在 --votes 中出现了两次。每个候选项只给一次。</translation>
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation>--votes 不是有效的 JSON（{what}，位于第 {number} 个字符）。本轮请写成 {example} 这样的形式，编号用双引号括起来。</translation>
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation>{dumps} 不是候选项编号。请以文本形式提供编号，例如 "121.4"。</translation>
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation>{reference} 不是“{title}”中的候选项。其候选项为 {listed}。</translation>
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation>每个候选项上的圆点数</translation>
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation>每个候选项上的分数</translation>
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation>勾选的候选项列表</translation>
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation>每个已评分候选项的分数（0 到 5）</translation>
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation>按顺序排列的候选项列表，最优先的在前，并列的候选项单独列成一个列表</translation>
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation>每个已分类候选项的“必须”“应该”“可以”或“不会”</translation>
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation>“{title}”采用{label}：请提供{takes}，例如 {example}。</translation>
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation>本讲习班中没有与会者 {given}（请提供其 id，见 upr-desktop participant list，或其个人代码）。</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation>“{title}”使用匿名选票代码：请用 --code 投票，切勿使用 --participant。</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation>“{title}”不使用选票代码：请用 --participant 投票。</translation>
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation>已在“{title}”中记录一张纸质选票。{turnout}。</translation>
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation>已在“{title}”中记录选票。{turnout}。</translation>
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation>电脑上 {count}</translation>
        </message>
        <message>
            <source>{count} on paper</source>
            <translation>纸质 {count}</translation>
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation>挂图上 {count}</translation>
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation>{turnout}（{how}）。无记名投票。</translation>
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation>{turnout}（{how}）。</translation>
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation>{turnout}。无记名投票。</translation>
        </message>
        <message>
            <source>{turnout}.</source>
            <translation>{turnout}。</translation>
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation>--document-language：“{value}”不在 {codes} 之中。</translation>
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation>已创建 {file}（已加密）</translation>
        </message>
        <message>
            <source>Created {file}</source>
            <translation>已创建 {file}</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation>请说明要更改什么，例如 --document-language fr。</translation>
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation>{name} 的文件将以{language}（{code}）编写。</translation>
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation>--map：“{part}”不是带有已知字段的 FIELD=COLUMN；字段有 {listed}。</translation>
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation>--map：字段“{name}”给出了两次。</translation>
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation>--map：请说明哪一列包含建议文本，例如 text=Recommendation。</translation>
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation>正在读取“{file}”：已完成 {percent}%…</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>正在为 %n 条建议建立搜索和排序索引…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>已将 {done}/%n 条建议保存到讲习班…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation>{message} 请用 --map 指定各列，例如 --map text={columns},states=…,response=…</translation>
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation>列的对应关系与上次导入具有相同列的表格时一致。</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names}及另外 {more} 个</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>{name} 包含给 %n 个受审议国的建议（{names}）。请用 --country NAME 选择一个，或用 --country all。</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation>有 1 行没有建议文本，已跳过（第 {row} 行）。</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>有 %n 行没有建议文本，已跳过（第一行：第 {row} 行）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>讲习班现有 %n 条建议。</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation>受审议国：{country}   轮次：{cycle}   文件语言：{language}</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} 条建议：{supported} 条支持，{noted} 条注意到，{pending} 条待定，{unknown} 条不详，{pledges} 项自愿承诺；{themes} 个主题，{states} 个提出建议的国家。</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} 条建议：{supported} 条支持，{noted} 条注意到，{pending} 条待定，{unknown} 条不详；{themes} 个主题，{states} 个提出建议的国家。</translation>
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation>没有匹配的建议。</translation>
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation>已将演示讲习班（{count} 条示例建议）写入 {file}</translation>
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation>已将 {name} 的清理后副本写入 {copy}。{name} 未做更改。</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n 条已解决</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation>1月</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation>2月</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation>3月</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation>4月</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>5月</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation>6月</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation>7月</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation>8月</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation>9月</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation>10月</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation>11月</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation>12月</translation>
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation>1月</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation>2月</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation>3月</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation>4月</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation>5月</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation>6月</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation>7月</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation>8月</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation>9月</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation>10月</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation>11月</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation>12月</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 29 May 2025</comment>
            <translation>{year}年{month}{day}日</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month: June 2027</comment>
            <translation>{year}年{month}</translation>
        </message>
        <message>
            <source>{first}–{last} {month} {year}</source>
            <comment>days of one month: 27–29 May 2025</comment>
            <translation>{year}年{month}{first}日至{last}日</translation>
        </message>
        <message>
            <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
            <comment>days of one year: 30 May – 2 June 2025</comment>
            <translation>{year}年{first_month}{first_day}日至{last_month}{last_day}日</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>from one date to another</comment>
            <translation>{start}至{end}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date} {time}</translation>
        </message>
    </context>
    <context>
        <name>DeletedBackupsDialog</name>
        <message>
            <source>Workshop encrypted</source>
            <translation>讲习班已加密</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation>以下备份未加密，因此已从 {folder} 中删除：</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation>以下备份未加密，因此已删除：</translation>
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation>没有未加密的备份。</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation>在其他地方制作的“{name}”副本——U 盘上的、通过电子邮件发送的、共享文件夹中的——均未加密，也未被删除。请您自行删除。</translation>
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation>下一步：恢复密钥</translation>
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation>讲习班已加密</translation>
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation>从现在起，每次打开时都会要求输入密码短语。</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation>选择一条建议，阅读其全文以及详细信息和备注。</translation>
        </message>
        <message>
            <source>DETAILS</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>尚无备注。</translation>
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation>为讲习班写一条备注…（按 Ctrl+Enter 添加）</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation>本讲习班为只读，无法在此添加备注。</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>审议轮次</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation>已选 %1 条 · 显示其中一条</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>无编号</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation>{file}，第 {row} 行</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>最低限度行动</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>持续行动</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>考虑采取行动</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>一般行动</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>具体行动</translation>
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation>备注（%1）</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>备注已保存。</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>备注已添加。</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>备注已删除。按 Ctrl+Z 撤销。</translation>
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation>加密本讲习班</translation>
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation>整个讲习班文件将用您在此设置的密码短语加密，每次打开该文件时都会要求输入。UPR Desktop 自身文件夹中未加密的备份将被删除，新的备份也将加密。</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation>在其他地方制作的“{name}”副本——U 盘上的、通过电子邮件发送的、共享文件夹中的——不受影响：任何人仍可读取，请您自行删除。</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>加密</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation>如果电脑丢失或被没收，可保护其中涉及的人员。</translation>
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation>无法加密讲习班：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation>{option}：“{path}”处没有文件。</translation>
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation>{option}：无法读取“{path}”（{error}）。</translation>
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation>{option}：第一行为空；第一行必须是密码短语。</translation>
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>请用 --passphrase-file FILE 或 --passphrase-stdin 提供新密码短语。</translation>
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation>已删除：{path}</translation>
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>请用 --passphrase-file FILE 或 --passphrase-stdin 提供当前密码短语。</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation>“{name}”的密码短语已更改。旧密码短语和旧恢复密钥都无法再打开它；请用 `upr-desktop recovery-key` 打印新的恢复密钥。</translation>
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation>讲习班现已加密。只有用其密码短语或恢复密钥才能打开。</translation>
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>已删除其 %n 份未加密的备份。在固态硬盘和 U 盘上，已删除的数据有时仍可用专门工具恢复，因此删除并不等于安全擦除。</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation>没有需要删除的未加密备份。</translation>
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation>在其他地方制作的讲习班副本（其他磁盘上、电子邮件中、其他电脑上的）既未加密也未删除：请您自行删除。</translation>
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation>本讲习班未加密，因此没有恢复密钥。</translation>
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation>本讲习班未加密。请先加密。</translation>
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation>本讲习班已加密。如要设置新密码短语，请使用“更改密码短语…”。</translation>
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation>密码短语至少需要 {count} 个字符。几个互不相关的词比一个词更容易记住，也更难猜中。</translation>
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation>密码短语不能采用恢复密钥的格式（UPR1-…）。请另选一个。</translation>
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation>“{name}”未加密：请不输入密码短语直接打开，或通过“文件 ▸ 加密本讲习班…”进行加密。</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation>“{name}”已加密。请输入其密码短语（或恢复密钥）以打开。</translation>
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation>“{name}”已加密且已损坏：无法读取。未做任何更改。请改为打开其最近一份完好的备份。</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation>无法打开“{name}”：文件不完整或已损坏（或密码短语错误）。未做任何更改。如果密码短语正确，请改为打开其最近一份完好的备份。</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation>该密码短语无法打开“{name}”。请检查（大小写、空格、键盘布局）后重试，或使用恢复密钥。未做任何更改。</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation>“{name}”以只读方式打开，因此无法更改其加密。请使用“保存副本…”并更改副本。</translation>
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation>无法更改“{name}”的加密（{error}）。讲习班未做更改，仍使用旧密码短语。</translation>
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation>本讲习班已加密，而此版本的 UPR Desktop 构建时不支持加密。请从官方安装程序安装 UPR Desktop 以打开它。文件未做更改。</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation>此版本的 UPR Desktop 构建时不支持加密，因此无法加密讲习班。请从官方安装程序安装 UPR Desktop。</translation>
        </message>
    </context>
    <context>
        <name>EndorsementsEditor</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n 个组织</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed on paper</source>
            <translation>
                <numerusform>%n 个已在纸上签署</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已将 %n 个组织添加到联署中。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation>出现错误：{error}。详细信息见日志文件；已保存的内容没有丢失。</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>添加证据</translation>
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation>例如：关于家庭暴力的第 12/2026 号法律，已公布</translation>
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation>发布或提供者</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://…（可选）</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation>无文件。每个文件最大 %1。</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>文件的 SHA-256</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation>机密：绝不导出、打印或在投影仪上显示</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation>文件保存在讲习班内，并附有其 SHA-256，任何人都可核实其为原件。</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>附加文件</translation>
        </message>
        <message>
            <source>No file.</source>
            <translation>无文件。</translation>
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>“%1”大小为 %2；附加文件最大为 %3。请附加一个较小的副本（较低分辨率的扫描件），或改为提供链接。</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message numerus="yes">
            <source>The charter’s signature page names %n representative(s) of the organisations that signed it.</source>
            <translation>
                <numerusform>宪章的签名页列出了签署组织的 %n 名代表的姓名。</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation>这些选票列出了每个参加投票的组织；只有一名成员的组织即等于列出了该成员。</translation>
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>这些选票列出了全部 %n 名与会者的姓名。</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation>其中的选票工作表列出了每位投票者及其投票内容。</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation>搜索建议：关键词、国家、主题或编号…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Find a theme…</source>
            <translation>查找主题…</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation>查找专题组…</translation>
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation>尚无专题组。请在第 2 步“专题组”中将建议分组。</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation>查找提出建议的国家…</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Find a goal…</source>
            <translation>查找目标…</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>评估者</translation>
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation>查找组织…</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先事项</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>宪章尚无优先事项。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation>不在任何专题组中</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>第 %1 届会</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>无信息</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>尚未评估</translation>
        </message>
        <message>
            <source>The coalition</source>
            <translation>联盟</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>显示 %2 条中的 %1 条</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>无信息</translation>
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation>“{value}”不是评估状况。请使用 not、partial、full 或 no-info。</translation>
        </message>
        <message>
            <source>Law or decree</source>
            <translation>法律或法令</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>预算项目</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>法院判决</translation>
        </message>
        <message>
            <source>Official statement</source>
            <translation>官方声明</translation>
        </message>
        <message>
            <source>Media report</source>
            <translation>媒体报道</translation>
        </message>
        <message>
            <source>Our own documentation</source>
            <translation>我们自己的记录</translation>
        </message>
        <message>
            <source>Testimony</source>
            <translation>证词</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation>“{value}”不是一种证据类型。请使用以下之一：{listed}。</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation>{what}“{text}”不是日期。请写成 YYYY-MM-DD 格式，例如 2027-03-15。</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation>提交材料有 {count} 字，超出人权高专办为联合提交材料规定的 {cap} 字上限 {over} 字。请在发送前缩短。</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation>提交材料有 {count} 字，超出人权高专办为单个组织提交材料规定的 {cap} 字上限 {over} 字。请在发送前缩短。</translation>
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation>宪章中没有优先事项 {text}（共有 {order_count} 个）。</translation>
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation>没有段落编号为“{text}”的建议。</translation>
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation>证据需要一个标题。</translation>
        </message>
        <message>
            <source>The evidence's date</source>
            <translation>证据的日期</translation>
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation>添加证据“{title}”</translation>
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation>将证据标记为机密</translation>
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation>将证据标记为可共享</translation>
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation>删除证据“{title}”</translation>
        </message>
        <message>
            <source>The assessment's date</source>
            <translation>评估的日期</translation>
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation>没有编号为 {listed} 的证据。</translation>
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation>此评估已不在讲习班中。</translation>
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation>此里程碑已不在宪章中。</translation>
        </message>
        <message>
            <source>The milestone's date</source>
            <translation>里程碑的日期</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation>将里程碑“{description}”标记为已完成</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation>将里程碑“{description}”标记为未完成</translation>
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation>指标需要一个名称，例如“未受惩处的袭击记者事件数量”。</translation>
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation>添加指标“{name}”</translation>
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation>此指标已不在讲习班中。</translation>
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation>“{period}”不是年份或日期。请写 2026、2026-06 或 2026-06-30。</translation>
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation>请说明数值的来源：每个指标数值都需要来源。</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation>记录 {period} 的数值 {number:g}</translation>
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation>此建议已不在讲习班中。</translation>
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation>建议不能作为其自身的以往建议。</translation>
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation>链接到以往的建议</translation>
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation>移除与以往建议的链接</translation>
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation>没有编号为 {evidence_id} 的证据。</translation>
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation>“{path}”处没有文件。请核对名称后重试。</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>“{name}”大小为 {size_words}；附加文件最大为 {size_words2}。请附加一个较小的副本（较低分辨率的扫描件），或改为提供链接。</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation>“{name}”大小为 {size_words}；附加文件最大为 {size_words2}。请附加一个较小的副本，或改为提供链接。</translation>
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation>讲习班已有 {size_words} 的附加文件，最多可容纳 {size_words2}，因此未添加“{name}”（{size_words3}）。请改为提供链接。</translation>
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation>“{name}”不在与会者名单上。请以“{coalition}”或在“与会者”步骤中登记的某个组织的名义进行评估。</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>此优先事项已不在宪章中。</translation>
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation>将优先事项 P{number} 评估为“{label}”</translation>
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation>将一项优先事项评估为“{label}”</translation>
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation>将建议 {reference} 评估为“{label}”</translation>
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation>将一条建议评估为“{label}”</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation>撤回 {assessor} 对优先事项 P{number} 的评估</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation>撤回 {assessor} 对一项优先事项的评估</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation>撤回 {assessor} 对建议 {reference} 的评估</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation>撤回 {assessor} 对一条建议的评估</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation>尚未评估任何内容</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation>尚未评估</translation>
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation>已逾期的里程碑</translation>
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation>已有一年未评估</translation>
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation>各组织意见不一</translation>
        </message>
        <message>
            <source>List them</source>
            <translation>列出</translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>状况随时间的变化</translation>
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation>优先事项和里程碑</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation>优先事项及其里程碑</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>标记为今天已完成</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation>所选里程碑：</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation>各组织意见不一之处</translation>
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation>%2 条建议中已有 %1 条至少评估过一次 · 截至 %3</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>于 %1 完成</translation>
        </message>
        <message>
            <source>late: due %1</source>
            <translation>已逾期：截止日期为 %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>截止日期 %1</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>宪章尚无优先事项。</translation>
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation>P%1 · %2 — 截止日期 %3</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>没有逾期事项。</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>No disagreements.</source>
            <translation>没有分歧。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation>各组织意见不一：请查看时间线。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation>建议和宪章优先事项的落实情况：评估、证据、里程碑。</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>添加证据…</translation>
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation>一项法律、一个预算项目、一份报告、一份证词…</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>评估…</translation>
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation>记录一条建议或一个优先事项的落实程度</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Next cycle</source>
            <translation>下一轮</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Assess this…</source>
            <translation>评估此项…</translation>
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation>撤回评估</translation>
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation>移除误输入的评估（按 Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>INDICATORS</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation>添加指标数值…</translation>
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation>为此优先事项的某项指标添加一个注明日期的数字及其来源</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Mark confidential</source>
            <translation>标记为机密</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation>最近一次审议中可能与以往建议重复的建议。确认链接后，以往建议的评估将作为背景显示。</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>已链接</translation>
        </message>
        <message>
            <source>Confirm link</source>
            <translation>确认链接</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>移除链接</translation>
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation>机密证据绝不会出现在这些文件中。</translation>
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation>中期报告（PDF）…</translation>
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation>每条建议和每个优先事项的状况，附图表和证据附件</translation>
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation>中期报告（Word）…</translation>
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation>同一份报告，可在发布前编辑</translation>
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation>提交材料草稿（Word）…</translation>
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation>供下一次审议使用的利益攸关方提交材料，不超过字数上限</translation>
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation>监测矩阵…</translation>
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation>每条建议及其状况、评估者和证据（Excel 或 CSV）</translation>
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation>提交材料字数</translation>
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation>投影模式：机密证词已隐藏。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n 项证据。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation>选择一个项目以查看其详细信息。</translation>
        </message>
        <message>
            <source>Mark shareable</source>
            <translation>标记为可共享</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>链接：%1</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>文件：%1（%2）</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation>（存储的文件已与原件不一致！）</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation>机密：绝不导出、打印或在投影仪上显示。</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>已链接</translation>
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation>没有可链接的建议：本讲习班只包含一次审议的建议。</translation>
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation>已确认 %1 条建议为再次提出的建议。</translation>
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation>无法统计字数：%1</translation>
        </message>
        <message>
            <source>joint submission</source>
            <translation>联合提交材料</translation>
        </message>
        <message>
            <source>one organisation</source>
            <translation>一个组织</translation>
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation>%1/%2 字（%3；附件不计）</translation>
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation>超出上限 %1 字：请在发送前缩短草稿。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation>保存中期报告</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation>保存提交材料草稿</translation>
        </message>
        <message>
            <source>submission draft</source>
            <translation>提交材料草稿</translation>
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation>保存监测矩阵</translation>
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation>监测矩阵</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation>选择一条建议或一个优先事项以查看其历史。</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation>尚无记录。请进行评估或添加证据。</translation>
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation>各组织意见不一。最新表述：%1</translation>
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  于 {date} 结束  ·  %n 个候选项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n 个候选项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation>尚未归入专题组</translation>
        </message>
        <message>
            <source>No theme given</source>
            <translation>未注明主题</translation>
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation>{country}收到的建议</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>共 %n 条建议，按专题组分为 {groups} 组。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>共 %n 条建议，按主题分为 {groups} 组。</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation>每条建议上方的编号与您选票上的编号一致。</translation>
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation>{title}：建议</translation>
        </message>
        <message>
            <source>Handout for participants</source>
            <translation>与会者分发材料</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>建议分发材料</translation>
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation>普遍定期审议第 {session} 届会，第 {cycle} 轮</translation>
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation>普遍定期审议第 {session} 届会</translation>
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation>第 {cycle} 轮</translation>
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation>提出建议的国家：{states}</translation>
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation>提出建议的国家：{states}</translation>
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation>受审议国：{country}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation>{message}（第 {row} 行，“{column}”列）</translation>
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation>{message}（第 {row} 行）</translation>
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation>{message}（“{column}”列）</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation>导入已取消。未向讲习班添加任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>在 {file} 中找到 %n 名与会者。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>找到 %n 名与会者。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>有 %n 行与前面列出的人重复；每人只计一次。</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation>有 1 行没有姓名或化名，已略去。</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>有 %n 行没有姓名或化名，已略去。</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>“{name}”是 Word 文档，不是与会者表格。请将出席名单保存为 CSV 或 Excel（.xlsx），每人一行，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>“{name}”是 JSON 文件，不是与会者表格。请将出席名单保存为 CSV 或 Excel（.xlsx），每人一行，然后导入。</translation>
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation>文件中有部分内容不是有效的 UTF-8，因此按 Windows 西欧（cp1252）文本读取。请检查带重音的字母。</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation>“{name}”是空文件（0 字节），没有可导入的人员。请重新保存出席名单，或选择其他文件。</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>“{name}”是{what}，不是与会者表格，即使其名称显示不同。请将出席名单保存为 CSV 或 Excel（.xlsx），每人一行，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>“{name}”是{what}，不是与会者表格。请将出席名单保存为 CSV 或 Excel（.xlsx），每人一行，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation>“{name}”中没有表格：既没有列标题，也没有行。请选择每人一行的出席名单。</translation>
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation>“{name}”没有姓名列。其列标题为 {names}。请将该列命名为“Name”（如有，还可包括“Organisation”“Thematic focus”“Contact”“Consent”和“Alias”），然后重新导入。</translation>
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation>第 {number} 行没有姓名，已略去。</translation>
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation>第 {number} 行与第 {row} 行重复（{who}）。</translation>
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>在“{name}”中未找到与会者：其唯一一行没有姓名或化名。请检查姓名是否在标题为“Name”的列中。</translation>
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>在“{name}”中未找到与会者：其 %n 行中没有一行有姓名或化名。请检查姓名是否在标题为“Name”的列中。</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation>在“{name}”中未找到与会者：它有列标题，但下面没有人员行。</translation>
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation>“{name}”不是正常的文档：{why}。如果确实是真实文档，请在 Word 中打开，将其表格复制到电子表格中，另存为 CSV 后导入。</translation>
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation>“{name}”不是正常的电子表格：{why}。如果确实是真实电子表格，请在 Excel 或 LibreOffice 中打开，另存为 CSV 后导入。</translation>
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation>它包含 {members_count:,} 个部件，而真实文件只有几十个（最多接受 {max_members:,} 个）</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation>“{name}”受密码保护。请打开它，删除密码（或另存一份未加保护的副本），然后导入。</translation>
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation>它使用了 Excel 和 Word 从不使用的压缩方法</translation>
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation>它会从 {size} 展开到 {unpacked}，其部件“{part}”的压缩程度比任何真实内容都高 {times:,} 倍</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation>解压后会达到 {size}，而文档解压后最大只能导入 {most}</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation>解压后会达到 {size}，而电子表格解压后最大只能导入 {most}</translation>
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation>其部件“{filename}”解压后超过文件为其声明的 {label}，因此文件已损坏，或是为耗尽电脑内存而构造的</translation>
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation>其中某个工作表包含的标签比任何真实工作表都长</translation>
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation>它声称有 {claimed:,} 段不同的文本，远多于其实际内容，这会耗尽电脑内存</translation>
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation>“{name}”有一个工作表（“{sheet}”）的单元格延伸到 {column_letters}{rows}：{rows:,} 行 × {columns:,} 列，共 {cells:,} 个单元格，而一个工作表最多可导入 {max_sheet_cells:,} 个单元格。请删除表格以外的行和列（或将工作表另存为 CSV），然后重新导入。</translation>
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation>IMPACT OSS 导入的是 CSV 文件：请选择以 .csv 结尾的名称，而不是“{value}”。</translation>
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation>IMPACT OSS 框架 id 是正整数（1 为 IMPACT OSS 中的第一个框架）。请在 IMPACT OSS 的 Frameworks 中查看。</translation>
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation>宪章尚未引用任何建议，因此没有可导出的内容。去掉“仅引用的建议”即可导出所有建议。</translation>
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation>本讲习班尚无建议，因此没有可导出的内容。</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>PNG 图像</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>JPEG 图像</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>GIF 图像</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>RTF 文档</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>RAR 压缩包</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>7-Zip 压缩包</translation>
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation>压缩（gzip）文件</translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation>“{name}”是 Word 文档，不是表格。请作为人权高专办按专题分列的建议清单导入。</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation>“{name}”是 JSON 文件，不是表格。请作为 UHRI 导出文件导入。</translation>
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation>“{format}”不是已知格式。请选择以下之一：{listed}。</translation>
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation>“{name}”是 Word 文档；只能作为人权高专办按专题分列的建议清单导入。</translation>
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation>“{name}”不是 Word（.docx）文档，因此不可能是人权高专办按专题分列的建议清单。请选择其他格式，或选择“自动”。</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation>“{name}”是 JSON 文件；只能作为 UHRI 导出文件导入。</translation>
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation>找不到“{path}”。请核对文件名称和文件夹后重试。</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation>“{name}”是一个文件夹。请选择其中的导出文件。</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation>“{name}”是空文件（0 字节），没有可导入的内容。请重新导出建议，或选择其他文件。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation>“{name}”太大，无法导入（{size}）。Excel 和 Word 文件必须整体读取，最大可导入 {most}。请将工作表另存为 CSV（最大 {most_csv}），或将其拆分，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation>“{name}”太大，无法导入（{size}）。文件最大可导入 {most_csv}。请将其拆分为较小的文件，或只导出您需要的受审议国，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation>无法读取“{name}”（{strerror}）。请检查它是否已在其他程序中打开，以及您是否有读取权限。</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation>“{name}”是{what}，不是建议文件。请改为导入 CSV、Excel、JSON 或 Word（.docx）导出文件。</translation>
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation>“{name}”是旧版 Word（.doc）文档。请在 Word 中打开，另存为“Word 文档 (.docx)”，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation>“{name}”太大，无法导入（{size_label}）：JSON 文件中的每条记录在保存前都要保留在内存中，因此最大只能导入 {size_label2}。请从 UHRI 导出较少的国家或年份，或导出为 Excel，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation>“{name}”是网页（HTML 或 XML），不是电子表格，即使其名称显示不同。请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 或 CSV，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation>“{name}”是一个 {size_label} 的 Excel 文件；Excel 文件最大可导入 {size_label2}。请另存为 CSV 后导入。</translation>
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation>“{name}”是 ZIP 压缩包。请解压后导入其中的 CSV、Excel、JSON 或 Word 文件。</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation>“{name}”中没有表格：既没有列标题，也没有行。请选择导出的建议文件。</translation>
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation>“{name}”不含 UPR Info 建议文件的列（To、Text、From、Response……或 SuR、Recommendation、RS、Response……）。请以“任意表格”方式导入，并选择其列。</translation>
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation>“{name}”没有“Text”列或字段，因此不是 UHRI 导出文件。请以“任意表格”方式导入，并选择包含建议的列。</translation>
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation>已按列标题匹配各列：{matches}。</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>在“{name}”中未找到建议：其唯一一行的“{column}”列中没有建议文本。请检查是否选对了包含建议文本的列。</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>在“{name}”中未找到建议：其 %n 行中没有一行在“{column}”列中有建议文本。请检查是否选对了包含建议文本的列。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>在“{name}”中未找到建议：其唯一一行没有建议文本。请检查是否选对了包含建议文本的列。</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>在“{name}”中未找到建议：其 %n 行中没有一行有建议文本。请检查是否选对了包含建议文本的列。</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation>在“{name}”中未找到建议：它有列标题，但下面没有建议行。请检查您导出的是建议本身，而不是一次空搜索。</translation>
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation>已忽略 1 个空行。</translation>
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>已忽略 %n 个空行。</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation>建议文本</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>recommending State</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>document symbol</source>
            <translation>文件编号</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation>没有一个列标题（{names}）明确指向建议文本。请选择哪一列包含建议文本，以及其他各列包含什么。</translation>
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation>“{cell_text}”不是有效的{what}：此列必须为整数。请更正该单元格（或留空），然后重新导入文件。</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation>无法打开“{name}”：该 Word 文件已损坏或不完整（可能下载或复制中断）。请在 Word 中打开并重新保存，或获取新的副本，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation>无法打开“{name}”：该 {kind} 文件已损坏或不完整（可能下载或复制中断）。请在电子表格程序中打开并重新保存，或获取新的副本，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation>“{name}”中没有建议表格。此格式是人权高专办按专题分列的建议清单，其表格标题为“Recommendation and recommending State | Position …”（建议及提出建议的国家 | 立场）。如为其他 Word 文档，请将其表格复制到电子表格中再导入。</translation>
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation>第一列中没有建议文本。</translation>
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation>以下名称不在联合国会员国和观察员国名单中，因此按原文保留：{names}。请核对这些提出建议的国家。</translation>
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation>该文件是{country}的按专题分列的建议清单。</translation>
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation>{recommendations} 条建议，分属 {headings} 个主题标题（{themes} 个不同主题）。</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>列的对应关系遗漏了建议文本：“{column}”不是其中的列（{names}）。请选择“{name}”中包含每条建议文本的列，然后重新导入。</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>列的对应关系遗漏了建议文本。请选择“{name}”中包含每条建议文本的列，然后重新导入。</translation>
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation>为{field}选择的“{column}”列不在“{name}”中（其列为 {names}）。请从列表中重新选择该列。</translation>
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation>“{action}”不是有效的行动类别：必须是 1（最低限度行动）到 5（具体行动）之间的数字。请更正该单元格（或留空），然后重新导入文件。</translation>
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation>按 Mac Roman 读取：文件使用旧式 Mac 换行符，其带重音的字母（如 ç、é、ô）为 Mac Roman 字符。</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>按 {encoding} 文本读取。</translation>
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation>“{name}”不是可作为表格读取的文本文件：它包含二进制数据。请将建议导出为 CSV 或 Excel 并导入该文件。</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>从此行起无法读取文件，可能是因为其中的引号（"）没有闭合。请在电子表格程序中打开，检查该行，重新另存为 CSV 后导入。</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>从此行起无法读取文件，原因是格式问题（{error}）。请在电子表格程序中打开，检查该行，重新另存为 CSV 后导入。</translation>
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation>第 {number} 行包含非 {get} 文本的字符，而此前各行都是。请在电子表格程序中打开文件，另存为“CSV UTF-8”后导入。</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>其中 {count} 行来自普遍定期审议以外的机制（{bodies}）。这些行已保留；如果只需要普遍定期审议的建议，请在讲习班中将其筛除。</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>其中 {count} 行来自普遍定期审议以外的机制。这些行已保留；如果只需要普遍定期审议的建议，请在讲习班中将其筛除。</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>“{name}”不是有效的 JSON（第 {line} 行，第 {column} 列）；可能下载中断。请重新下载 UHRI 导出文件，或导出为 Excel，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>“{name}”不是有效的 JSON；可能下载中断。请重新下载 UHRI 导出文件，或导出为 Excel，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation>“{name}”是 JSON，但不包含建议列表。请导入 UHRI 导出文件本身（含“Text”字段的记录列表）。</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation>在“{name}”中未找到建议：它包含一个空列表。请检查您在 UHRI 中导出时所用的搜索是否有结果。</translation>
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>“{name}”中的列表或对象嵌套超过 {max_json_depth} 层，UHRI 导出文件不会如此。请重新下载 UHRI 导出文件，或导出为 Excel，然后导入。</translation>
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation>“{name}”的所有工作表中都没有填写的单元格，因此没有可导入的内容。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation>导入建议</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation>“{name}”以只读方式打开，无法向其中添加建议。请使用“保存副本…”在副本上工作，然后导入到副本中。</translation>
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation>格式根据文件自动识别。如识别有误，请选择其他格式。</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation>正在查看文件…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>每一列包含什么内容？</translation>
        </message>
        <message>
            <source>Which State under review?</source>
            <translation>哪个受审议国？</translation>
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation>给其他国家的建议将被略去。讲习班中已有的建议不会重复添加。</translation>
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation>您可以随时取消：导入完成之前，不会向讲习班添加任何内容。</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation>选择包含建议文本的列。</translation>
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation>选择要导入的受审议国。</translation>
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation>选择文件的格式。</translation>
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation>自动：{name}</translation>
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation>无法将此文件读取为建议。请检查它是否为导出的文件；如果是且您知道其格式，请在上方选择。</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation>建议将添加到“{title}”，其中目前有 {count} 条。已有的建议会被识别，不会重复添加。</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation>建议将添加到“{title}”，其中尚无建议。</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— 不在此文件中 —</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>按 {encoding} 文本读取。</translation>
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation>各列以制表符分隔。</translation>
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation>各列以空格分隔。</translation>
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation>各列以“{delimiter}”分隔。</translation>
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation>从工作表“{sheet}”读取。</translation>
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation>列名位于第 {row} 行。</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>“{file}”包含向 %n 个受审议国提出的建议，但本讲习班的国家 {country} 不在其中。请选择要导入哪个国家的建议，或全部导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>“{file}”包含向 %n 个受审议国提出的建议，但本讲习班的国家不在其中。请选择要导入哪个国家的建议，或全部导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>已保存 %Ln 条建议。正在建立搜索索引；这是最后一步。</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation>列的选择与上次导入具有相同列的表格时一致。</translation>
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation>请在下方为每个字段选择列；文件中没有的字段可留空。</translation>
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation>选择受审议国…</translation>
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation>所有国家（{count} 条建议）</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name}（{count}）</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>{percent}% read</source>
            <translation>已读取 {percent}%</translation>
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation>正在保存到讲习班…</translation>
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation>已保存 {done}/{total} 条建议</translation>
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation>正在建立搜索和排序索引…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation>正在撤销目前已写入的内容。</translation>
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation>已添加 {n} 条建议</translation>
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation>已添加 1 条建议</translation>
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation>已在讲习班中</translation>
        </message>
        <message>
            <source>Nothing was added</source>
            <translation>未添加任何内容</translation>
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation>已跳过文件中的 {n} 行（第一行是第 {row} 行：{reason}）。</translation>
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation>讲习班现有 {count} 条建议。</translation>
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation>要撤回此次导入，请使用“编辑 ▸ 撤销”（Ctrl+Z）。</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation>导入已取消。未添加任何内容。</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>建议文本</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>审议轮次</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>文件编号</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>UHRI</source>
            <translation>UHRI</translation>
        </message>
        <message>
            <source>OHCHR thematic list (.docx)</source>
            <translation>人权高专办按专题分列的建议清单（.docx）</translation>
        </message>
        <message>
            <source>Any table</source>
            <translation>任意表格</translation>
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation>UPR Info 数据库导出文件（CSV 或 XLS，2015 年及以前）：每条建议一行，包含受审议国、提出建议的国家、答复、行动类别和议题。</translation>
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation>人权高专办世界人权索引（UHRI）的导出文件（XLSX 或 JSON）：包含主题、受影响者、可持续发展目标和国家立场的建议。</translation>
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation>人权高专办按专题分列的建议清单（Word）：国家在审议后收到的矩阵，包含立场、主题和可持续发展目标。</translation>
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation>具有自定义列的表格（CSV 或 Excel）。由您指定各列包含什么。</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} 字节</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation>{column}
（不导入）</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation>“{name}”为只读，无法向其中导入任何内容。请使用“保存副本…”在副本上工作。</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation>指标数值</translation>
        </message>
        <message>
            <source>A new indicator…</source>
            <translation>新指标…</translation>
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation>例如：暴力幸存者庇护所床位</translation>
        </message>
        <message>
            <source>e.g. places</source>
            <translation>例如：床位</translation>
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation>2026、2026-06 或 2026-06-30</translation>
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation>数字的来源（必填）</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>记录数值</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>新指标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation>年份或日期</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation>记录指标数值</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation>启动投票终端</translation>
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation>电脑将全屏显示“%1”，供大家依次使用。请设置一个至少 %2 位数字的 PIN 码：退出投票终端时需要输入。请勿告诉任何投票者。</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>退出 PIN</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>再次输入同一 PIN</translation>
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation>启动投票终端</translation>
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation>PIN 至少需要 %1 位数字。</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation>两次输入的 PIN 不一致。请在两个框中重新输入 PIN。</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation>表决：%1</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>无记名投票：任何人都看不到谁投了什么票</translation>
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation>公开投票：您的选择将与您的姓名一起记录</translation>
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation>1  谁在投票</translation>
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation>2  您的选票</translation>
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation>3  核对并投票</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation>供主持人使用：退出投票终端（需要 PIN，或按 Esc）</translation>
        </message>
        <message>
            <source>Language of this screen</source>
            <translation>此屏幕的语言</translation>
        </message>
        <message>
            <source>Who is voting?</source>
            <translation>谁在投票？</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation>本轮每个组织投一张票。请找到您的姓名：您代表您的组织投票。</translation>
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation>找到您的姓名并按“继续”，或输入纸条上的个人代码。</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>输入以查找您的姓名</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>查找您的姓名</translation>
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation>尚未投票者的姓名</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation>或输入您的个人代码</translation>
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation>代码在主持人给您的纸条上，例如 K7M-Q2P。不区分大小写，连字符可有可无。</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>您的代码</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>个人代码</translation>
        </message>
        <message>
            <source>Continue with my code</source>
            <translation>用我的代码继续</translation>
        </message>
        <message>
            <source>Your ballot</source>
            <translation>您的选票</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation>不投票离开：不保存任何内容</translation>
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation>核对我的选票  ›</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>核对您的选票</translation>
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation>‹  修改我的选票</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>投出我的选票</translation>
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation>谢谢！您的选票已保存</translation>
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation>下一位马上就可以投票。</translation>
        </message>
        <message>
            <source>Voting has closed</source>
            <translation>投票已结束</translation>
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation>主持人已结束本轮，不再接收选票。感谢您的参与。</translation>
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation>输入退出 PIN 以离开投票终端。</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>退出 PIN</translation>
        </message>
        <message>
            <source>Back to voting</source>
            <translation>返回投票</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>离开投票终端</translation>
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation>%1  ·  代表 %2 投票</translation>
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation>所有人都已投票。谢谢！</translation>
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation>没有与“%1”匹配的姓名。请检查拼写，或使用您的个人代码。</translation>
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation>以 %1 的身份继续  ›</translation>
        </message>
        <message>
            <source>Pick your name above</source>
            <translation>请在上方选择您的姓名</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>请先输入纸条上的代码。</translation>
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation>无法识别该代码。请核对后重新输入，或在列表中查找您的姓名。</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation>本轮每个组织投一张票，而您未登记所属组织。请询问主持人。</translation>
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation>您的组织已在本轮投票。</translation>
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation>此人已在本轮投票。每人只能投一次。</translation>
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation>%1 — 您代表 %2 投票</translation>
        </message>
        <message>
            <source>Voting as %1</source>
            <translation>以 %1 的身份投票</translation>
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation>使用选票代码的无记名投票</translation>
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation>这是您的选择。按“投出我的选票”保存；之后将无法更改。</translation>
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation>您的选票是空白的。空白选票视为参与投票但不支持任何候选项。</translation>
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation>您尚未选择任何候选项。</translation>
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation>上一张选票未完成，已被清除且未保存。请选择您的姓名重新开始。</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>PIN 不正确。</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{names}, {name}</source>
            <translation>{names}、{name}</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names}和{last}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation>本讲习班已锁定</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>密码短语或恢复密钥</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Close workshop</source>
            <translation>关闭讲习班</translation>
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation>不解锁，直接转到开始界面</translation>
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation>输入讲习班的密码短语或恢复密钥，从离开的地方继续。</translation>
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation>屏幕已锁定，但文件本身未加密：任何复制“{name}”的人都能读取其中的全部内容。</translation>
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation>加密本讲习班…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>新建讲习班(&amp;N)…</translation>
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation>创建一个空的讲习班文件</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation>打开讲习班文件（.uprw）</translation>
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation>示例演示讲习班，保持您上次离开时的状态</translation>
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation>重新开始演示(&amp;F)…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>用一份新的副本替换演示讲习班</translation>
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation>导入建议(&amp;I)…</translation>
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation>从 UPR Info、UHRI、人权高专办或其他文件添加建议</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>将本讲习班的副本写入另一个文件</translation>
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation>打开演示讲习班(&amp;M)</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>保存副本(&amp;P)…</translation>
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation>讲习班详细信息(&amp;T)…</translation>
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation>标题、国家、日期、地点和主办方</translation>
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation>保存旅行副本(&amp;T)…</translation>
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation>不含与会者姓名、评论者和机密证据的副本，供过境时携带</translation>
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation>加密本讲习班(&amp;E)…</translation>
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation>用密码短语保护文件</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>更改密码短语(&amp;H)…</translation>
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation>设置新密码短语；恢复密钥也会随之更改</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation>隐藏讲习班，直到再次输入密码短语</translation>
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation>锁定和隐私设置(&amp;S)…</translation>
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation>何时自动锁定，以及是否在“最近的讲习班”中列出加密讲习班</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>关闭讲习班(&amp;C)</translation>
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation>关闭本讲习班并返回开始界面</translation>
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
            <source>&amp;New recommendation…</source>
            <translation>新建建议(&amp;N)…</translation>
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation>手动添加一条建议</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>编辑建议(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation>编辑所选建议</translation>
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation>删除建议(&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation>删除所选建议</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>投影模式(&amp;P)</translation>
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation>高对比度、大字体，便于会场后排观看</translation>
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation>关于 UPR Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation>最近的讲习班(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation>转到步骤(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>与本电脑相同</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审阅</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>与会者</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>表决</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>宪章</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>保存副本…</translation>
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation>此讲习班文件已损坏，因此以只读方式打开，不会再丢失任何内容。请打开最近一份完好的备份继续工作。</translation>
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation>打开最近一份完好的备份</translation>
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation>本讲习班为只读（%1）。请保存副本后再进行修改。</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>所有受审议国</translation>
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation>讲习班步骤</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>讲习班步骤</translation>
        </message>
        <message>
            <source>it is open in another window</source>
            <translation>已在另一个窗口中打开</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation>无法写入其所在文件夹，例如已锁定的 U 盘</translation>
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation>无法写入该文件</translation>
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation>正在后台检查整个讲习班文件…</translation>
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation>讲习班文件已检查：完好无损。</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>打开讲习班</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation>“%1”已损坏：SQLite 对整个文件的检查发现了问题。现已以只读方式打开，不会再丢失任何内容。</translation>
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation>请打开其最近一份完好的备份继续工作。</translation>
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation>没有完好的备份；请保存副本，以保留仍可读取的内容。</translation>
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation>讲习班文件已损坏</translation>
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation>“%1”没有完好的备份。请保存副本，以保留仍可读取的内容。</translation>
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation>您正在使用 %1 的备份，已另存为 %2</translation>
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation>未能打开讲习班</translation>
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation>保存清理后的副本…</translation>
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation>保存清理后的副本</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>UPR Desktop 讲习班 (*.uprw)</translation>
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation>您正在使用清理后的副本：%1</translation>
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation>本讲习班已升级为当前格式；原件的副本保存在备份文件夹中。</translation>
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation>“%1”已损坏：部分内容无法读取，因此已将其关闭，未做任何更改。</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>讲习班正在使用中</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>打开演示讲习班</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>新建讲习班…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>打开讲习班…</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation>UPR Desktop 讲习班 (*.uprw);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation>打开演示讲习班</translation>
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation>演示讲习班已在 UPR Desktop 的另一个窗口中打开。请先在那里关闭，再重新开始演示。</translation>
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation>重新开始演示</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation>用一份新的副本替换演示讲习班？

其中所做的一切都将丢失：已投的选票、开放和结束的表决轮次、与会者的代码，以及对建议、专题组和宪章的所有更改。</translation>
        </message>
        <message>
            <source>Import recommendations</source>
            <translation>导入建议</translation>
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation>建议需导入到讲习班中。要为“%1”新建一个讲习班吗？</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>没有最近的讲习班</translation>
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation>保存讲习班副本</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>保存副本</translation>
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation>您现在正在使用副本：%1</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>副本已保存到 %1</translation>
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation>讲习班已加密。</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>密码短语已更改。</translation>
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation>缩放：Ctrl + 和 Ctrl − 调整，Ctrl 0 复原</translation>
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation>投影模式已开启：高对比度、大字体。按 F5 关闭。</translation>
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation>投影模式已关闭。</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>已锁定 — UPR Desktop</translation>
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation>%1 — UPR Desktop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[只读]</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>将段落设为标题</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>粗体（Ctrl+B）</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>斜体（Ctrl+I）</translation>
        </message>
        <message>
            <source>Bullets</source>
            <translation>项目符号</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>项目符号列表</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>编号列表</translation>
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>编写日期：{date}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>各组织对 %n 条建议意见不一；文中列出了每个组织的评估。</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation>宪章的优先事项</translation>
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation>各组织意见不一：</translation>
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation>{assessor}（{date}）：{status}。</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>尚无</translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation>每条建议均被评估为未落实、部分落实、全部落实或无信息，并附有简短理由及所依据的证据。</translation>
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation>评估者：{who}，评估时间为 {first} 至 {last}。</translation>
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation>评估者：{who}。</translation>
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation>来源：{sources}。</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状况：{status}</translation>
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation>（建议 {references}）</translation>
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation>{assessor}，{date}：{status}。</translation>
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation>{period}：{value}（{source}）</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>尚无数值</translation>
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation>指标——{name}：{values}</translation>
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation>附件：证据</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>链接或文件</translation>
        </message>
        <message>
            <source>Other recommendations</source>
            <translation>其他建议</translation>
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation>第 {cycle} 轮，{date}审议</translation>
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation>第 {cycle} 轮</translation>
        </message>
        <message>
            <source>review of {date}</source>
            <translation>{date}审议</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation>关于{country}落实普遍定期审议建议情况的中期报告</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation>关于落实普遍定期审议建议情况的中期报告</translation>
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation>{workshop}的后续行动</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>跟进了 %n 条建议。其当前状况为每条建议的最新评估；各组织意见不一时，两种评估均予列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>状况随时间的变化</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>各组织对 %n 条建议意见不一；下文列出了每个组织的评估。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>有 %n 条建议在下一次审议中再次提出。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name}（%n 项评估）</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation>按照 UPR Info 的中期评估方法，每条建议均被评估为未落实、部分落实、全部落实或无信息，并附有简短理由及所依据的证据。</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>附件列出了 %n 项证据，引用时标为 E1、E2……</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation>建议 {references}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation>建议和答复</translation>
        </message>
        <message>
            <source>By {states}</source>
            <translation>提出国：{states}</translation>
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation>与上一次审议的 {reference} 重复</translation>
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation>文件 {name}，SHA-256 {digest}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>编写于 {date}</translation>
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation>普遍定期审议中期报告</translation>
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>评估者</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation>评估者意见不一</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>证据项目</translation>
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation>以往的建议</translation>
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation>{reference}（第 {session} 届会）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation>监测矩阵</translation>
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation>计数不包括机密项目。</translation>
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation>此文件列出了人员姓名</translation>
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation>{who} 任何得到此文件或在本电脑上找到它的人，都会知道谁参加了。如果参加本身存在风险，请保存不含姓名的版本。</translation>
        </message>
        <message>
            <source>Save without names…</source>
            <translation>保存不含姓名的版本…</translation>
        </message>
        <message>
            <source>Save with names…</source>
            <translation>保存含姓名的版本…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>新建讲习班</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation>保存位置</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation>一个文件即包含整个讲习班。请将其保存在本电脑上，并备份到 U 盘；该文件绝不会上传到网上。</translation>
        </message>
        <message>
            <source>Create workshop</source>
            <translation>创建讲习班</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation>用密码短语加密</translation>
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation>如果讲习班将包含姓名、评论或证词，建议加密：这样电脑丢失或被没收时，不会泄露任何信息。</translation>
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation>说明本讲习班所跟进的审议。除标题外，其他内容都可稍后填写或修改。</translation>
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation>将新讲习班另存为</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>UPR Desktop 讲习班 (*.uprw)</translation>
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation>选择讲习班文件的保存位置。</translation>
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation>设置讲习班的密码短语</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation>“{name}”将用它加密，每次打开文件时都会要求输入。</translation>
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation>无法在“{path}”创建讲习班：{reason}。请选择其他位置。</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation>%1 · 已编辑</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation>打开加密的讲习班</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation>“{name}”已加密。请输入其密码短语或恢复密钥以打开。</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>请先输入密码短语。</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>该密码短语无法打开“{name}”。未做任何更改。请检查键盘布局和大写锁定键后重试。</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>清除日期</translation>
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation>已保存为“{text}”</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation>%1 — 双击或按 F2 重命名</translation>
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation>国家层面</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>区域层面</translation>
        </message>
        <message>
            <source>International</source>
            <translation>国际层面</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>全部落实</translation>
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation>宪章在通过之前需要一个标题。</translation>
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation>宪章是围绕其优先事项通过的，而本宪章尚无优先事项。请至少添加一个优先事项（来自专题组、建议或已结束的一轮表决）。</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation>宪章中仍有[方括号]中的模板说明：{listed}；另有 {more} 处。</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation>宪章中仍有[方括号]中的模板说明：{listed}。</translation>
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation>本讲习班已有宪章。从模板重新开始将替换现有宪章（可以撤销）。</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>空白宪章</translation>
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation>从{name}开始撰写宪章</translation>
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation>用{name}替换宪章</translation>
        </message>
        <message>
            <source>Edit the charter</source>
            <translation>编辑宪章</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>添加章节</translation>
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation>此章节已不在宪章中。</translation>
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation>编辑“{heading}”</translation>
        </message>
        <message>
            <source>Edit a section</source>
            <translation>编辑章节</translation>
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation>删除章节“{heading}”</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>删除章节</translation>
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation>优先事项需要一个标题。</translation>
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation>此专题组已不在讲习班中。</translation>
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation>添加优先事项“{title}”</translation>
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation>“{name}”已是宪章的第 {n} 个优先事项。</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>此优先事项已不在宪章中。</translation>
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation>编辑优先事项“{title}”</translation>
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation>删除优先事项“{title}”</translation>
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation>至少选取第一个优先事项：数字必须为 1 或更大。</translation>
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation>“{title}”没有可作为优先事项的候选项。</translation>
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation>来自“{title}”的优先事项</translation>
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation>已从表决轮次“{title}”中选取 {rows_count} 个优先事项（新增 {added} 个）</translation>
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation>行动要点为空。</translation>
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation>添加一个{label}行动要点</translation>
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation>此行动要点已不在宪章中。</translation>
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation>行动要点为空。请改为删除。</translation>
        </message>
        <message>
            <source>Edit an action point</source>
            <translation>编辑行动要点</translation>
        </message>
        <message>
            <source>Delete an action point</source>
            <translation>删除行动要点</translation>
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation>添加{organisation}的联署</translation>
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation>此联署已不在宪章中。</translation>
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation>编辑联署</translation>
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation>编辑{organisation}的联署</translation>
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation>删除{organisation}的联署</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation>尚未登记任何组织。请先登记与会者及其所属组织，或逐个添加联署。</translation>
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation>每个已登记的组织都已在联署名单中。</translation>
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>从已登记的组织中添加 %n 项联署</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation>请说明评论针对宪章的哪一部分。</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>评论为空。</translation>
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation>此与会者已不再登记。请改为匿名发表评论。</translation>
        </message>
        <message>
            <source>Add a comment</source>
            <translation>添加评论</translation>
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation>此评论已不存在。</translation>
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation>解决评论</translation>
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation>重新打开评论</translation>
        </message>
        <message>
            <source>Delete a comment</source>
            <translation>删除评论</translation>
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation>请为版本命名，例如“第 1 天后的草稿”。</translation>
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation>尚无可保存的宪章。请先开始撰写。</translation>
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation>保存版本“{name}”</translation>
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation>恢复版本“{name}”</translation>
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation>请以完整日期填写通过日期，例如 2025-03-14。</translation>
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation>请说明宪章的通过地点。</translation>
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation>本宪章于 {adopted_on} 在 {adopted_at_place} 通过，此后未做更改。</translation>
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation>所选建议中有 1 条已不在讲习班中（此后已删除）。请重新选择。</translation>
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>所选建议中有 %n 条已不在讲习班中（此后已删除）。请重新选择。</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation>“{level}”不是层面：请选择国家、区域或国际。</translation>
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation>“{status}”不是落实状况。</translation>
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation>里程碑 {n}：“{due}”不是日期。请写年份、年月或完整日期：2027、2027-06 或 2027-06-30。</translation>
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation>联署需要组织签署时使用的名称。</translation>
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation>宪章没有已保存的版本 {version_id}。</translation>
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation>“{value}”不是层面：请选择国家、区域或国际。</translation>
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation>编辑宪章的详细信息</translation>
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation>编辑宪章的标题</translation>
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation>编辑宪章的地点</translation>
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation>编辑宪章的日期</translation>
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation>编辑宪章的主办方</translation>
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation>编辑宪章的序言</translation>
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation>编辑宪章的监测安排</translation>
        </message>
        <message>
            <source>Move a section</source>
            <translation>移动章节</translation>
        </message>
        <message>
            <source>Move a priority</source>
            <translation>移动优先事项</translation>
        </message>
        <message>
            <source>Move an action point</source>
            <translation>移动行动要点</translation>
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation>移动联署</translation>
        </message>
    </context>
    <context>
        <name>PaperBallotDialog</name>
        <message>
            <source>{name}  ·  {organisation}</source>
            <translation>{name}  ·  {organisation}</translation>
        </message>
        <message>
            <source>{name}  (voted)</source>
            <translation>{name}（已投票）</translation>
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation>{name}（无组织）</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>纸质选票：%1</translation>
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation>录入纸质选票</translation>
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation>“%1” · %2</translation>
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation>这是谁的选票？</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>查找姓名</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>与会者</translation>
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation>无记名轮次：选票保存时与投票人没有任何关联；只记录此人已投票这一事实。</translation>
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation>公开轮次：选票与投票人的姓名一起记录。</translation>
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation>纸上写的选票代码，例如 K7QP4-XMD2A</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>选票代码</translation>
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation>此纸质选票上写的选票代码</translation>
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation>选票代码轮次：代码随选票的录入而用掉，不记录任何人的姓名。没有有效且未使用过的代码的纸质选票无法录入。</translation>
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation>清除此选票</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation>保存纸质选票</translation>
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>此处已保存 %n 张纸质选票</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation>请先在左侧列表中选择这是谁的选票。</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation>✓ 已保存 %1 的纸质选票。请录入下一张。</translation>
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation>请先输入纸质选票上写的选票代码。</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation>✓ 纸质选票已保存。请录入下一张。</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>编辑与会者</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>添加与会者</translation>
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation>与会者 %1 · 投票终端代码 %2</translation>
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation>只记录讲习班需要的信息。不愿具名的人可以用编号或化名记录。</translation>
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation>只用编号或化名记录——不保存任何可识别身份的信息</translation>
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation>姓名、组织、重点领域和联系方式留空，且永不保存。输出文件中显示“与会者 %1”或化名。</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>全名</translation>
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation>选择或输入一个组织</translation>
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation>例如：妇女权利、残疾、土地</translation>
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation>可选：电话或电子邮件，仅在需要跟进时填写</translation>
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation>可在打印和导出的文件中具名</translation>
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation>未经同意，输出文件中显示“与会者 %1”，而不显示姓名。</translation>
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation>可选，例如“代表 B”</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>专题重点</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>化名</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation>请填写此人的姓名，或开启“只用编号或化名记录”。</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>专题重点</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Named in outputs</source>
            <translation>在输出文件中具名</translation>
        </message>
        <message>
            <source>Kiosk code</source>
            <translation>投票终端代码</translation>
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation>打印和导出的文件是否可以使用此人的姓名</translation>
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation>与会者在投票电脑上输入的个人代码</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>与会者 %1</translation>
        </message>
        <message>
            <source>No · by alias</source>
            <translation>否 · 使用化名</translation>
        </message>
        <message>
            <source>No · by number</source>
            <translation>否 · 使用编号</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>是 · 已匿名</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation>只用编号或化名记录：不保存任何可识别身份的信息。</translation>
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation>输出文件中的称呼：%1</translation>
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation>在投票电脑上输入。不区分大小写，空格和连字符可有可无。</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation>与会者 {number}</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>姓名过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation>化名过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation>组织名称过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation>专题重点过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation>联系方式过长（{length} 个字符；最多 {most} 个）。</translation>
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation>只用编号或化名记录的与会者不保留组织、重点领域或联系方式。</translation>
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>已从 {file} 添加 %n 名与会者。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} 另有 %n 人已登记（姓名和组织相同），未重复添加。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation>添加与会者 {label}</translation>
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation>此与会者已不再登记。</translation>
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation>编辑与会者 {label}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>移除 %n 名与会者</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation>{listed} 参加过投票，移除会破坏投票人记录。已投票的与会者仍保持登记。</translation>
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation>从 {source_file} 导入与会者</translation>
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation>组织需要一个名称。</translation>
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation>“{organisation}”的“{name}”已登记（与会者 {number}）。</translation>
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation>“{name}”已登记（与会者 {number}）。</translation>
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation>“{label}”：{problems} 未添加任何内容。</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>“{name}”已在列表中。</translation>
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation>添加组织 {name}</translation>
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation>此组织已不在列表中。</translation>
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation>重命名组织 {name}</translation>
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation>{name} 曾以组织身份在一轮表决中投票，因此保留在列表中。</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>{name} 有 %n 名已登记的与会者。请先将他们移走或移除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation>移除组织 {name}</translation>
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation>在输出中将姓名匿名</translation>
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation>在输出中列出已同意具名的与会者姓名</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>与会者</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>添加与会者</translation>
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation>手动登记一名与会者</translation>
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation>导入出席名单…</translation>
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation>从保存为 CSV 或 Excel 的签到表中添加所有人</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation>编辑所选与会者（Enter）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation>移除所选与会者（Del）</translation>
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation>在所有输出文件中将姓名匿名化</translation>
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation>此后 PDF、导出文件和投影仪将显示“与会者 7”而非姓名，即使对已同意具名的人也是如此。姓名只保留在本页面上。</translation>
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation>搜索姓名、组织、重点领域、代码…</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>搜索与会者</translation>
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>新建组织</translation>
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation>新组织的名称</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation>重命名所选组织（F2）</translation>
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation>移除所选组织</translation>
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation>尚无人登记</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>尚无人登记</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n 名与会者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n 个组织</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded by number or alias</source>
            <translation>
                <numerusform>%n 名以编号或化名记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已移除 %n 名与会者。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>显示 %2 人中的 %1 人</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>没有与“%1”匹配的人。</translation>
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation>本讲习班为只读，无法在其中登记任何人。请保存副本，在副本中登记与会者。</translation>
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation>登记与会者，以便他们使用个人代码在共用电脑上投票。可以逐个添加，也可以导入您已有的签到表。

任何人都可以只用编号或化名记录，未经本人同意，任何输出文件中都不会出现其姓名。</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>是 · 已匿名</translation>
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation>%1 已登记。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation>%1 已登记。当前的搜索条件使其未显示。</translation>
        </message>
        <message>
            <source>Participant saved.</source>
            <translation>与会者已保存。</translation>
        </message>
        <message>
            <source>this participant</source>
            <translation>此与会者</translation>
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation>从与会者中移除 %1？其投票终端代码将失效。可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation>移除 %1 名与会者？他们的投票终端代码将失效。可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>移除与会者</translation>
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation>与会者已移除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Import attendance list</source>
            <translation>导入出席名单</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>无法读取“%1”：%2</translation>
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation>组织已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation>组织已重命名。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation>已从列表中移除 %1。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation>现在所有输出都显示“与会者 7”而非姓名。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation>现在输出中会列出已同意具名的与会者姓名。按 Ctrl+Z 撤销。</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation>太短：至少使用 {count} 个字符。四五个互不相关的词容易记住，也难以猜中。</translation>
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation>太容易猜中：反复使用相同的几个字符。</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>强。</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation>一般。更长的密码短语（例如四五个互不相关的词）会难猜得多。</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>再次输入密码短语</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation>至少 {count} 个字符。四五个互不相关的词效果很好。</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>请输入密码短语。</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>两次输入的密码短语不一致。请重新输入。</translation>
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation>没有密码短语或恢复密钥，就无法恢复本讲习班。请把密码短语记在脑中或存入密码管理器，并把恢复密钥保存在远离本电脑的安全地方。</translation>
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入宪章的一页（约在第 {page} 页），因此无法打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入宪章的一页，因此无法打印。</translation>
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation>请缩短宪章中最长的文字（某项优先事项的计划、某个里程碑或某个组织的名称），或将其分成几行，然后重新打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入建议分发材料的一页（约在第 {page} 页），因此无法打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入建议分发材料的一页，因此无法打印。</translation>
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation>请缩短最长的建议文本（在“审阅”步骤中打开它），然后重新打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入纸质选票的一页（约在第 {page} 页），因此无法打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入纸质选票的一页，因此无法打印。</translation>
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation>请缩短选票上最长的文字，然后重新打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入结果报告的一页（约在第 {page} 页），因此无法打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入结果报告的一页，因此无法打印。</translation>
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation>结果本身是安全的：请改为在“结果”步骤中将其另存为电子表格。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入中期报告的一页（约在第 {page} 页），因此无法打印。</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation>有一段文字太长，无法放入中期报告的一页，因此无法打印。</translation>
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation>请缩短最长的理由或证据标题（在“后续行动”步骤中），然后重新打印。</translation>
        </message>
        <message>
            <source>{problem} {advice}</source>
            <translation>{problem}{advice}</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print and export</source>
            <translation>打印和导出</translation>
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation>以任何文字查看每份文件的打印效果，然后打印、另存为 PDF 或导出计划。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation>以电子表格形式导出落实计划，以 Word 文档形式导出宪章，或导出供 IMPACT OSS 使用的文件</translation>
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation>落实矩阵（Excel）…</translation>
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation>每个优先事项及其引用的建议和计划，用于跟踪落实情况</translation>
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation>落实矩阵（CSV）…</translation>
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation>同一矩阵的 CSV 文件，适用于任何电子表格或数据库</translation>
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation>宪章 Word 文档…</translation>
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation>宪章的当前文本，可在 Word 中完成或排版</translation>
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation>供 IMPACT OSS 使用的全部建议（CSV）…</translation>
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation>IMPACT OSS 可导入的文件，以便在其中跟踪建议</translation>
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation>供 IMPACT OSS 使用的宪章所引用的建议（CSV）…</translation>
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation>仅宪章优先事项所引用的建议</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation>将所示文件另存为 PDF 文件（Ctrl+S）</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation>打印所示文件（Ctrl+P）。在 Linux 和 macOS 上，打印机直接接收 PDF；在其他系统上，每一页以最高 600 dpi 的图像发送。打印机自身的设置仍然适用。</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation>文件语言</translation>
        </message>
        <message>
            <source>Documents' language</source>
            <translation>文件的语言</translation>
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation>每份文件和导出文件的标题、标签、日期和答复用语所用的语言。人们所写的内容保持原样。</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>纸张</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸</translation>
        </message>
        <message>
            <source>210 × 297 mm, used in most of the world</source>
            <translation>210 × 297 毫米，世界上大多数地区使用</translation>
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation>8.5 × 11 英寸，美洲和菲律宾使用</translation>
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation>建议分组方式</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation>按“专题组”步骤中建立的专题组</translation>
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation>按每条建议的第一个主题</translation>
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation>空白选票</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>空白选票</translation>
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation>为当天才加入的人准备的不具名选票。</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation>缩放：也可用 Ctrl 加鼠标滚轮调整</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation>使页面适合预览的宽度</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>页</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>正在准备预览</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>建议分发材料</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>纸质选票：%1</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>成果宪章</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation>与会者投票前阅读的材料</translation>
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation>每名与会者一张，用于纸质投票</translation>
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation>排名、投票率和票数相等的情况</translation>
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation>优先事项和计划，并留有签名处</translation>
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation>后续行动：落实进展及证据</translation>
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation>无法列出文件</translation>
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation>{choice}，不可用：{reason}</translation>
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation>尚无可打印的内容</translation>
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation>请在“审阅”步骤中导入建议：随着讲习班的进行，分发材料、选票、结果和宪章将在此出现。</translation>
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation>“%1”暂时无法打印</translation>
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation>无法显示预览</translation>
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation>文件已生成但无法显示。请尝试另存为 PDF 并用其他程序打开。</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>共 %1 页</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation>此版本的 UPR Desktop 暂时无法生成此文件。其他文件仍可打印。</translation>
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation>无法生成预览</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>正在准备预览…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>recommendation handout</source>
            <translation>建议分发材料</translation>
        </message>
        <message>
            <source>ballots - %1</source>
            <translation>选票 - %1</translation>
        </message>
        <message>
            <source>results - %1</source>
            <translation>结果 - %1</translation>
        </message>
        <message>
            <source>charter</source>
            <translation>宪章</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>宪章中仍有[方括号]中的模板说明，位于：{parts}。

是否按现状打印宪章？如需先在“宪章”步骤中替换这些说明，请选择“取消”。</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>宪章中仍有[方括号]中的模板说明，位于：{parts}。

是否按现状保存宪章？如需先在“宪章”步骤中替换这些说明，请选择“取消”。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>已向 {printer} 发送 %n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>宪章尚未完成</translation>
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation>已将“%1”保存到 %2。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation>{name}（不含姓名）</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>打印%1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>正在将页面发送到打印机…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>正在打印</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>打印已停止。</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation>本轮尚无候选项。</translation>
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation>本轮结束后才能打印结果。</translation>
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation>请先在“宪章”步骤中开始撰写宪章。</translation>
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation>请先导入建议。</translation>
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation>宪章的优先事项尚未引用任何建议。</translation>
        </message>
        <message>
            <source>implementation matrix</source>
            <translation>落实矩阵</translation>
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation>IMPACT OSS 导入文件</translation>
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation>IMPACT OSS 导入文件（已引用）</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation>文件将以{language}打印。</translation>
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation>尚无可打印的内容：预览尚未就绪。</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation>无法启动打印机。请检查打印机是否已开启并连接，或选择其他打印机。</translation>
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation>打印系统未接收该文件。请检查打印机是否已设置，或另存为 PDF 后打印该文件。</translation>
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation>打印机“%1”拒绝了该文件：%2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>未说明原因</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n 个优先事项，按宪章中的顺序排列。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>已向该优先事项添加 %n 条建议。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已从优先事项中移除 %n 条建议。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation>锁定和隐私</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Remember encrypted workshops in Recent files</source>
            <translation>在“最近的讲习班”中记住加密的讲习班</translation>
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation>关闭此项时，加密讲习班的名称和所在文件夹永远不会写入本电脑的设置，因此没有人能从中看出它保存在哪里。</translation>
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation>无操作多长时间后锁定：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation>如果一段时间内无人使用键盘或鼠标，讲习班会自动锁定，但投票终端开放投票期间不会锁定。按 Ctrl+L 可立即锁定。</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation>并列</translation>
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation>表决结果 – 投影</translation>
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation>按 Esc 或双击关闭</translation>
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation>本轮已不在讲习班中。</translation>
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation>投票进行中</translation>
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation>尚未开放</translation>
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation>投票结束后显示结果</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation>本轮尚未开放投票</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>1 人中 %n 人已投票</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%2 人中 %1 人已投票</translation>
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation>结果  ·  %1</translation>
        </message>
        <message>
            <source>+ %1 more</source>
            <translation>+ 另外 %1 项</translation>
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation>提出建议的国家：{states}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>第 {number} 届会</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation>编辑建议</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>新建议</translation>
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation>只有文本为必填项。多个国家、主题或可持续发展目标请用半角逗号“,”分隔，或每行一个。</translation>
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation>例如 121.4</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>建议原文，与报告中的措辞一致</translation>
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation>例如 Denmark, Czechia</translation>
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation>目标编号，例如 5, 16</translation>
        </message>
        <message>
            <source>e.g. 47</source>
            <translation>例如 47</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>最低限度行动</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>持续行动</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>考虑采取行动</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>一般行动</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>具体行动</translation>
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation>例如 A/HRC/58/12</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>行动类别</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>文件编号</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>添加建议</translation>
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation>请填写建议的文本。</translation>
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation>“%1”不是可持续发展目标：请使用 1 到 17 的目标编号。</translation>
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation>届会应为整数，例如 47。</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>提出建议的国家</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation>该建议的备注数量</translation>
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation>提出建议的国家。点击排序；再次点击反向排序</translation>
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation>点击排序；再次点击反向排序；第三次点击恢复默认顺序</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>已选 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>列出 %n 条</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条备注</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recommendations</name>
        <message>
            <source>The recommendation has no text.</source>
            <translation>建议没有文本。</translation>
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation>行动类别必须在 1 到 5 之间。</translation>
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation>普遍定期审议届会必须是正整数。</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>没有新内容：{file} 中的全部 %n 条建议都已在讲习班中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>从 {file} 读取了 %n 条建议。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>其中 %n 条已在讲习班中，未重复添加。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>其中 %n 条给其他受审议国的建议已略去。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>此文件包含给 %n 个受审议国的建议（{names}）。请选择要导入的国家，或选择“所有国家”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>删除 %n 条建议</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation>UPR Desktop — 恢复密钥</translation>
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation>讲习班文件：{name}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>制作日期：{day}</translation>
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation>此密钥可代替密码短语打开讲习班：在要求输入密码短语的地方输入即可。任何持有此密钥的人都能读取讲习班。</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation>请将此页保存在远离电脑的安全地方，例如联盟的保险柜。不要拍照，也不要与电脑放在一起。</translation>
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation>如果更改密码短语，此密钥将失效，并会提供新的密钥。</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>您的新恢复密钥</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>您的恢复密钥</translation>
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>密码短语已更改，因此旧的恢复密钥已失效。这是新的恢复密钥：如果忘记密码短语，可用它打开“{name}”。它只在此时显示：请打印出来，或另存为 PDF 后打印，并保存在远离本电脑的安全地方。</translation>
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>如果忘记密码短语，可用此密钥打开“{name}”。它只在此时显示：请打印出来，或另存为 PDF 后打印，并保存在远离本电脑的安全地方。</translation>
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation>打印恢复密钥…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>我已妥善保存</translation>
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation>请先打印或保存密钥，然后点击“我已妥善保存”。密钥无法再次显示。</translation>
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation>无法打印恢复密钥：{reason}。请另存为 PDF 后打印该文件。</translation>
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation>恢复密钥已发送到打印机。</translation>
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation>{name} 恢复密钥.pdf</translation>
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation>将恢复密钥另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>无法保存 PDF：{reason}</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation>已保存到 {path}。请打印出来，妥善保存纸张，然后删除该文件。</translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>注意到</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>自愿承诺</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不详</translation>
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation>答复不详</translation>
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation>支持</translation>
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation>注意到</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation>待定</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>自愿承诺</translation>
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation>圆点</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>占比 %</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分数</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>赞成票</translation>
        </message>
        <message>
            <source>% of ballots</source>
            <translation>占选票 %</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>总和</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>评分人数</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>博达分</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>首选</translation>
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation>胜出路径次数</translation>
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation>一对一胜出次数</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>必须</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>应该</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>不会</translation>
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n 票赞成</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n 个博达分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n 次胜出路径</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n 个 MoSCoW 分</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation>{names}和{last}</translation>
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation>已在它们之间设立一轮决选（{title}），尚未举行。</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation>它们之间的决选（{title}）正在投票。</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation>它们之间的决选（{title}）已举行并于 {date} 结束</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation>它们之间的决选（{title}）已举行</translation>
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation>{held}；未投出任何选票。</translation>
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation>{held}；{names}再次并列。</translation>
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation>{held}；{names}再次并列，各得 {count}。</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name}（{count}）</translation>
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation>{before}，其次是{after}</translation>
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation>{held}：{order}。</translation>
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation>请选择要打印其结果的表决轮次。</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation>“{title}”尚未开放投票，因此没有可打印的结果。该轮表决举行并结束后方可打印结果。</translation>
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation>“{title}”仍在开放投票。该轮结束后方可打印结果：请先在“表决”步骤中结束该轮。</translation>
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation>尚未举行决选：在本结果中它们仍然并列。</translation>
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation>尚未举行决选：名次按计票结果确定。</translation>
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation>{names}：{outcome}</translation>
        </message>
        <message>
            <source>an earlier round</source>
            <translation>先前的一轮</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>%n 个组织中有 {voted} 个已投票</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>%n 名与会者中有 {voted} 名已投票</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation>{turnout}（{share}%）</translation>
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation>无记名：选票不与任何人关联</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation>公开：记录谁投了什么票，但本报告不列出任何人的姓名</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>选票</translation>
        </message>
        <message>
            <source>VOTERS</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>每个组织一张选票</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>每名与会者</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>TURNOUT</source>
            <translation>投票率</translation>
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation>计入的选票</translation>
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation>原表决轮次</translation>
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation>本轮未投出任何选票。</translation>
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation>{names}并列第一：彼此之间没有任何一方胜过另一方。</translation>
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation>{names}并列第一，各得 {count}。</translation>
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation>{name}以 {count} 名列第一。</translation>
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation>{names}并列第二。</translation>
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation>{names}并列第二，各得 {count}。</translation>
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation>{name}以 {count} 名列第二。</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation>并列及接近的结果</translation>
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation>UPR Desktop 不进行决胜：数值相同的候选项共享名次（显示为 =5），前几名中相差不超过 {margin} 的结果列为接近的结果。如何处理由会场决定，通常是仅在这些候选项之间举行一轮决选。</translation>
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation>没有并列，也没有接近的结果：表格前列的每个名次都以超过 {margin} 的差距决出。</translation>
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation>本轮的决选</translation>
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation>表决结果</translation>
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation>前 {number} 名的胜出路径次数</translation>
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation>每条建议的胜出路径次数，按名次排列</translation>
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation>按{figure}计的前 {number} 名</translation>
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation>每条建议的{figure}</translation>
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation>琥珀色条表示与另一条建议共享名次（并列）。</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>未显示：%n 条没有{figure}的建议。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>%n 条建议，按上述规则以舒尔茨法排名。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>%n 条建议，按{figure}排名。</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation>完整排名</translation>
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation>带 = 的名次与另一条建议共享。</translation>
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation>本报告不列出任何投票者。</translation>
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation>本轮为无记名投票。</translation>
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation>由 UPR Desktop 于 {date} 打印。</translation>
        </message>
        <message>
            <source>Results: {round}</source>
            <translation>结果：{round}</translation>
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation>于 {moment} 结束</translation>
        </message>
        <message>
            <source>Results of a vote</source>
            <translation>表决结果</translation>
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation>圆点</translation>
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation>分数</translation>
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation>赞成票</translation>
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation>评分总和</translation>
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation>博达分</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation>胜出路径次数</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation>MoSCoW 分</translation>
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation>没有并列或接近的结果。</translation>
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>选票</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation>公开：记录谁投了什么票</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>投票率</translation>
        </message>
        <message>
            <source>Ballots counted</source>
            <translation>计入的选票</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>并列</translation>
        </message>
        <message>
            <source>tied</source>
            <translation>并列</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>Cast at</source>
            <translation>投票时间</translation>
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation>空白选票（弃权）</translation>
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation>没有选票</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n 张选票：电脑上 {kiosk} 张，纸质 {paper} 张</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation>1 张选票，纸质</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n 张选票，全部为纸质</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation>1 张选票，在电脑上</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n 张选票，全部在电脑上</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 人</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>挂图：{people}贴了 %n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>挂图：{people}给了 %n 分</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation>{ballots}；{wall_chart}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation>一轮表决结束后显示其结果。</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>表决轮次</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>导出结果…</translation>
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation>将本轮结果保存为 Excel 工作簿或 CSV 文件</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>在投影仪上显示</translation>
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation>在第二块屏幕上全屏显示：投票进行时显示投票率，结束后显示结果</translation>
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation>尚无表决轮次。
请在“审阅”步骤中选择建议，然后在“表决”步骤中设立一轮表决。结束后其结果将显示在此处。</translation>
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation>转到“表决”步骤</translation>
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation>票数相等及接近的结果</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>open for voting</source>
            <translation>正在投票</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation>正在投票</translation>
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation>本轮结束后结果才会显示在此处：投票进行期间任何人都看不到任何数字。所有人投票后，请在“表决”步骤中结束本轮。</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation>本轮尚未开放投票。请在“表决”步骤中开放；结束后其结果将显示在此处。</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>1 人中 %n 人已投票</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%2 人中 %1 人已投票</translation>
        </message>
        <message>
            <source>Closed %1</source>
            <translation>于 %1 结束</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>secret ballot</source>
            <translation>无记名投票</translation>
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation>公开投票：记录谁投了什么票</translation>
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation>每个组织一张选票</translation>
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation>“%1”的决选</translation>
        </message>
        <message>
            <source>a run-off</source>
            <translation>一轮决选</translation>
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation>投票率：%1。%2。</translation>
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation>前 %2 名中的 %1，按名次排列</translation>
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation>%1，按名次排列</translation>
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation>按%2计的前 %1 名</translation>
        </message>
        <message>
            <source>BY %1</source>
            <translation>按%1</translation>
        </message>
        <message>
            <source>Open the run-off</source>
            <translation>查看决选</translation>
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation>这些候选项之间已有一轮决选：在“表决”步骤中显示</translation>
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation>在%1之间设立决选</translation>
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>在这 %n 项之间设立决选</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation>仅在%1之间设立新的草稿轮次，方法和保密方式不变。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>显示更少</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>再显示 %1 项</translation>
        </message>
        <message>
            <source>Create a run-off</source>
            <translation>设立决选</translation>
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation>决选已作为草稿轮次设立。请在“表决”步骤中开放投票。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Results – %1</source>
            <translation>结果 – %1</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>导出结果</translation>
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation>结果已保存到 %1</translation>
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation>投影仪正在显示“%1”。按 Esc 或双击以关闭。</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation>“=3”表示该候选项并列第 3 名：不进行决胜。</translation>
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation>并列%1名</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation>审阅建议</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>新建议</translation>
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation>手动添加一条建议（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation>编辑所选建议（Enter）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation>删除所选建议（Del）</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>导出列表</translation>
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation>将此处列出的建议（按当前搜索和筛选）保存为 Excel 或 CSV</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>所有受审议国</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>普遍定期审议第 %1 轮</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln 条建议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n 条支持</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n 条注意到</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>是否删除 %n 条建议？其备注将一并删除。可按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>已将 %n 条建议保存到 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation>最佳匹配在前</translation>
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation>匹配项过多，无法排序：按文件顺序</translation>
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation>本讲习班尚无建议。
请从 UPR Info、UHRI 或人权高专办的文件中导入该国的建议，或手动添加。</translation>
        </message>
        <message>
            <source>Add one by hand</source>
            <translation>手动添加一条</translation>
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation>导入建议…</translation>
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation>没有匹配的建议——清除筛选即可查看全部 %1 条。</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation>建议已添加。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation>建议已添加。当前搜索或筛选将其隐藏。</translation>
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation>建议已保存。</translation>
        </message>
        <message>
            <source>this recommendation</source>
            <translation>此建议</translation>
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation>删除%1？其备注将一并删除。可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation>宪章的优先事项 %1 引用了它；今后将不再引用。</translation>
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation>删除建议</translation>
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation>建议已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>已删除 %n 条建议。按 Ctrl+Z 撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation>编辑表决轮次</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>新建表决轮次</translation>
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation>例如：未来四年的五个优先事项</translation>
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation>保留其 %1 个候选项</translation>
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation>所选建议（%1）</translation>
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation>所选建议（“审阅”页面上未选择任何建议）</translation>
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation>当前筛选显示的全部 %1 条</translation>
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation>全部 %1 条建议（“审阅”页面上未设置筛选）</translation>
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation>如果只对部分建议表决，请在“审阅”页面上挑选：在那里选中它们（Ctrl+单击或 Shift+单击可多选），或搜索和筛选列表，然后返回此处设立表决轮次。</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>转到“审阅”</translation>
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation>限制单个候选项可获得的数量，最多为</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>无记名投票：任何人都看不到谁投了什么票</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation>公开投票：保留谁投了什么票，结束后可以显示</translation>
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation>投票者在电脑上选择自己的姓名</translation>
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation>匿名选票代码：每人随机领取一个打印的代码</translation>
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation>每名与会者一个，另加约 10% 备用，以防纸条遗失或损坏。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>候选项</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>选票</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <source>Create round</source>
            <translation>设立轮次</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <comment>the number of ballot codes to make, shown in a spin box</comment>
            <translation>
                <numerusform>%n 个代码</numerusform>
            </translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>每人圆点数</translation>
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation>经验法则：%1 个候选项的三分之一，即 %2。</translation>
        </message>
        <message>
            <source>Points per person</source>
            <translation>每人分数</translation>
        </message>
        <message>
            <source>Usually %1.</source>
            <translation>通常为 %1。</translation>
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation>最强的保密性：讲习班文件从不记录谁持有哪个代码，因此即使专家检查电脑硬盘，本电脑上也没有任何信息能将选票与个人联系起来。代码只在本轮开放时显示一次：届时打印代码纸条，剪开，让每人随机领取一张。请在纸上或在“表决”步骤中用“出席情况…”记录出席，在表决之前或之后进行，切勿在投票过程中进行。</translation>
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation>每个组织一张选票时，投票者选择自己的姓名。用本应用或 SQLite 打开讲习班文件的人，看不到谁投了哪张选票，也看不到投票顺序。但这不能防范从电脑硬盘中恢复旧数据的专家：为此，请使用匿名选票代码并每人一票。</translation>
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation>方便。用本应用或 SQLite 打开讲习班文件的人，看不到谁投了哪张选票，也看不到投票顺序。但这不能防范从电脑硬盘中恢复旧数据的专家：存在这种风险时，请使用匿名选票代码。</translation>
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation>选择候选项：所选建议，或“审阅”页面上显示的全部建议。</translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation>以下组织通过了本宪章。</translation>
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation>以下组织联署本宪章。</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>About</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>讲习班</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation>{moment}，由 UPR Desktop 生成</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation>落实矩阵</translation>
        </message>
        <message>
            <source>Priority no.</source>
            <translation>优先事项编号</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先事项</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation>建议编号</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>建议文本</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>宪章</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n 行：每个优先事项及其引用的每条建议各一行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation>该国</translation>
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>关于{country}的联合利益攸关方提交材料，供下一次普遍定期审议使用</translation>
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>关于{country}的利益攸关方提交材料，供下一次普遍定期审议使用</translation>
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation>导言和方法</translation>
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation>本提交材料跟进{country}在上一次审议（{review}）中收到的建议，以及民间社会在{workshop}上确定的优先事项。</translation>
        </message>
        <message>
            <source>the previous cycle</source>
            <translation>上一轮</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>讲习班</translation>
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation>优先事项的后续行动</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>宪章尚无优先事项。</translation>
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation>对下一次审议的建议</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation>字数：{count}/{cap}（联合提交材料，附件不计）。</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation>字数：{count}/{cap}（单个组织，附件不计）。</translation>
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation>附件：评估矩阵</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>当前状况</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <source>By</source>
            <translation>评估者</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation>今天 {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>昨天 {time}</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation>离线举办普遍定期审议后续行动讲习班：审阅建议，按专题分组，表决，并签署成果宪章。</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>打开演示讲习班</translation>
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation>使用示例建议进行探索。它会保持您离开时的状态。</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>新建讲习班…</translation>
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation>新建一个空的讲习班文件，然后导入该国的建议。</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>打开讲习班…</translation>
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation>继续保存在本电脑或 U 盘上的讲习班（.uprw）。</translation>
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation>重新开始演示…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>用一份新的副本替换演示讲习班</translation>
        </message>
        <message>
            <source>START</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation>最近的讲习班</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>最近的讲习班</translation>
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation>您打开或创建的讲习班将在此列出。</translation>
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation>将 .uprw 讲习班或建议文件（CSV、XLS/XLSX、DOCX、JSON）拖放到此处</translation>
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation>关于 UPR Desktop %1</translation>
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation>版本、设置和备份的保存位置以及许可证</translation>
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation>选择界面语言：</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation>便携版：设置、最近的讲习班和备份都保存在应用旁边的“%1”中。不会向本电脑写入任何内容。</translation>
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation>无需互联网。除非您复制，讲习班文件始终保存在本电脑上。</translation>
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation>圆点计数</translation>
        </message>
        <message>
            <source>Total dots</source>
            <translation>圆点总数</translation>
        </message>
        <message>
            <source>Points as read out</source>
            <translation>唱票时的分数</translation>
        </message>
        <message>
            <source>Total points</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation>勾选计数</translation>
        </message>
        <message>
            <source>Total ticks</source>
            <translation>勾选总数</translation>
        </message>
        <message>
            <source>Scores as read out</source>
            <translation>唱票时的评分</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>总和</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>评分人数</translation>
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation>首选计数</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>首选</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>必须</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>应该</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>不会</translation>
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation>供清点纸质选票的人员使用；这不是选票。请逐张大声宣读选票，在此计数，然后计算每行的总数。</translation>
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation>排序选票由 UPR Desktop 计票：请在“表决”步骤中录入每一张纸质选票。本表用于核对首选。</translation>
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation>也请在“表决”步骤中录入纸质选票：本表用于核对。</translation>
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation>发出的选票</translation>
        </message>
        <message>
            <source>Ballots returned</source>
            <translation>收回的选票</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>空白选票</translation>
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation>废票</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>计票人</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>核对人</translation>
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation>供主持人使用</translation>
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation>计票表：{round}</translation>
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation>已将旅行副本写入 {path}。</translation>
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation>与会者的姓名、联系方式和个人代码</translation>
        </message>
        <message>
            <source>authors of comments</source>
            <translation>评论者</translation>
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation>机密证据和证词</translation>
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation>未同意具名的组织</translation>
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation>更改历史（其中有人员姓名）</translation>
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation>建议及其备注（不含备注作者）</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation>表决轮次及其结果</translation>
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation>宪章（签署方显示为“组织 1”“组织 2”……）</translation>
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation>后续行动评估，以及既非机密也非证词的证据</translation>
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation>讲习班的标题、国家、日期、地点和主办方</translation>
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation>旅行副本中略去的内容：</translation>
        </message>
        <message>
            <source>Kept:</source>
            <translation>保留的内容：</translation>
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation>本讲习班中没有组织记录了同意具名，因此所有组织都以编号显示。</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation>“{name}”已存在。请为旅行副本选择其他名称。</translation>
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation>旅行副本必须是新文件。</translation>
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation>无法写入“{folder}”。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation>无法写入旅行副本（{error}）。讲习班未做更改。</translation>
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation>保存旅行副本</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>略去</translation>
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation>本讲习班中没有可识别人员身份的内容。</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation>作为可在 UPR Desktop 中打开的讲习班文件（.uprw）</translation>
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation>作为宪章 PDF，不含签署人姓名（保留其所属组织）</translation>
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation>用单独的密码短语保护旅行副本</translation>
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation>即使不含姓名也值得加密：宪章和结果仍会显示联盟的工作内容。</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation>保存旅行副本…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation>用于携带过境或转交的副本：略去可识别参与者身份的内容。本讲习班本身不做任何更改。</translation>
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation>{name}（旅行副本）{suffix}</translation>
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation>保存旅行副本</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>UPR Desktop 讲习班 (*.uprw)</translation>
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation>请选择其他文件：旅行副本不能替换讲习班。</translation>
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation>设置旅行副本的密码短语</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation>“{name}”将用它加密。请通过副本以外的途径把密码短语告诉将要打开副本的人。</translation>
        </message>
        <message>
            <source>Save travel copy</source>
            <translation>保存旅行副本</translation>
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation>无法保存旅行副本：{reason}</translation>
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation>旅行副本已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation>对优先事项进行表决</translation>
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation>设立一轮表决并开放，让大家在本电脑上或在纸上投票。在您结束本轮之前，结果始终隐藏。</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>新建轮次</translation>
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation>对“审阅”页面上所选或显示的建议设立表决</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>表决轮次</translation>
        </message>
        <message>
            <source>ROUNDS</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation>尚无表决轮次</translation>
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation>一轮表决将一些建议付诸表决。请先在“审阅”页面上挑选：选中它们，或搜索和筛选列表。然后在此设立一轮表决，选择投票方式（圆点、分数、排序等），开放投票，并启动投票终端，让每个人在本电脑上投票。</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>转到“审阅”</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>新建轮次…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation>修改标题、规则或候选项</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>开放投票</translation>
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation>本轮开放后即可投票</translation>
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation>启动投票终端…</translation>
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation>在本电脑上全屏显示：每人选择自己的姓名并投票</translation>
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation>纸质选票…</translation>
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation>录入在纸上填写的选票</translation>
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation>挂图计数…</translation>
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation>在挂图上清点的每个候选项的圆点数</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>出席情况…</translation>
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation>勾选谁在场并领取了选票代码纸条</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>在投影仪上显示</translation>
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation>以大字体向会场显示本轮及其投票率</translation>
        </message>
        <message>
            <source>Close round…</source>
            <translation>结束本轮…</translation>
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation>停止投票并计票</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>查看结果</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>选票</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>投票者</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>投票率</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>候选项</translation>
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation>每个组织一张选票（%1 个组织有已登记的与会者）</translation>
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation>每名与会者（已登记 %1 人）</translation>
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation>规则已锁定：本轮已结束。</translation>
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation>规则已锁定：已有选票。方法、候选项和配额不能再更改。</translation>
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation>会场准备好投票时再开放本轮。在此之前，您可以编辑或删除它。</translation>
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation>在您结束本轮之前，结果始终隐藏，以免有人受到初步计票的影响。</translation>
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation>本轮已结束：结果在“结果”步骤中。</translation>
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation>候选项（%1）</translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>已投票：%n/{eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>在电脑上投票 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>纸质投票 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>在挂图上投票 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>在场 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation>轮次已保存。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>删除轮次</translation>
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation>删除草稿轮次“%1”？可按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation>轮次已删除。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation>“%1”已开放投票。请启动投票终端，或录入纸质选票。</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>结束本轮</translation>
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation>结束“%1”并计票？%2。

已结束的轮次不能重新开放：之后任何人都不能在其中投票。</translation>
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation>“%1”已结束。请在“结果”步骤中查看其结果。</translation>
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation>投票终端正在运行。要离开，请按“主持人”（或 Esc）并输入 PIN。</translation>
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation>投票终端已关闭。</translation>
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation>此版本不提供投影视图。</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>已开放</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>无记名投票：任何人都看不到谁投了什么票</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation>公开投票：保留谁投了什么票，本轮结束后可以显示</translation>
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n 个候选项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>已投票：%n/{eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>已投票：%n/{eligible}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>开放投票</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>每名与会者</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>每个组织一张选票</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>在电脑上</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>纸质</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation>{eligible} 人中已有 {voted} 人投票</translation>
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation>决选：{title}</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>圆点投票</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>百分制投票</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>赞成投票</translation>
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation>评分 0–{most}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>排序（博达计数法）</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>排序（舒尔茨法）</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>必须</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>应该</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>可以</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>不会</translation>
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation>{method}：尚未设定每人的圆点数。</translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}：每人 %n 个圆点，一个候选项最多 {cap} 个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}：每人 %n 个圆点，一个候选项可贴任意数量。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}：每人有 %n 分可分配，一个候选项最多 {cap} 分。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}：每人有 %n 分可分配，一个候选项可得任意分数。</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation>{method}：勾选您支持的每个候选项，数量不限；候选项按勾选数排名。</translation>
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation>{method}：可为任一候选项打 0 到 {most} 分；候选项按评分总和排名。未评分的候选项没有分数（不是 0 分），因此其平均分只按评过分的人计算。</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation>{method}：按偏好为任意多个候选项排序，最优先的在前；可以让部分候选项并列。一张为 k 个候选项排序的选票给首选 k 分，第二选择 k − 1 分，依次递减，最后一个排序的候选项得 1 分；未排序的候选项得 0 分。并列的候选项平分其所占名次的分数：4 个候选项中并列第 2、第 3 名的两项各得 (3 + 2) ÷ 2 = 2.5 分。候选项按得分排名。</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation>{method}：按偏好为任意多个候选项排序，最优先的在前；可以让部分候选项并列，未排序的候选项视为并列排在所有已排序候选项之后。如果从 X 到 Y 的最强一对一胜出链强于从 Y 到 X 的最强链，则 X 胜过 Y。一条链的强度取决于其中最弱的一次胜出；支持某次胜出的选票越多，或支持票相同而反对票越少，该次胜出就越强。没有被任何人胜过的候选项均列第一；然后在其余候选项中依此类推。共享名次的候选项彼此不分胜负；所显示的胜出路径次数不用于区分它们。</translation>
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation>{method}：将每个候选项标记为“必须”“应该”“可以”或“不会”；候选项按分数排名（必须 3 分，应该 2 分，可以 1 分，不会 0 分）。</translation>
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation>本轮的投票方法（{value!r}）不是此版本所知的方法。请重新选择方法。</translation>
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation>圆点投票需要设定每人的圆点数。请在开放本轮之前设定。</translation>
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation>每人至少需要 1 个圆点，且须为整数；本轮设定为 {dots}。请将每人圆点数设为 1 或更多。</translation>
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation>分数配额必须是不小于 1 的整数；本轮设定为 {points}。请设为 {default}，或其他不小于 1 的数。</translation>
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation>每个候选项的上限只适用于圆点投票和百分制投票。请为{method}清除该上限。</translation>
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation>一个候选项的上限必须是不小于 1 的整数；本轮设定为 {cap}。请提高上限，或清除以允许任意数量。</translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>一个候选项的上限（{cap}）超过了每人的 %n 个圆点。请将其降至 {budget} 或更少，或将其清除。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>一个候选项的上限（{cap}）超过了每人的 %n 分。请将其降至 {budget} 或更少，或将其清除。</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation>表决至少需要 2 个候选项；本轮有 {count} 个。请在开放前添加候选项。</translation>
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation>排序投票适用于最多 {most} 个候选项的短名单；本轮有 {count} 个。请先缩短名单（例如先进行一轮圆点投票），或改用圆点、赞成或评分投票。</translation>
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation>圆点投票时，请给出每个候选项上的圆点数。</translation>
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation>百分制投票时，请给出每个候选项上的分数。</translation>
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation>赞成投票时，请给出勾选的候选项列表。</translation>
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation>评分投票时，请为每个已评分的候选项给出 0 到 {most} 的分数。</translation>
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation>排序投票时，请按顺序给出候选项，最优先的在前。将并列的候选项单独放在一个列表中。</translation>
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation>MoSCoW 投票时，请为每个已分类的候选项给出“必须”“应该”“可以”或“不会”。</translation>
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation>“{key}”不是本轮的候选项。请将其从选票中删除。</translation>
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation>{candidate} 不是本轮的候选项。请将其从选票中删除。</translation>
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation>并列候选项组只能包含候选项，不能包含另一个组。{hint}</translation>
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation>{candidate} 被排序了两次。每个候选项最多排序一次。</translation>
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>{candidate} 被排序了 %n 次。每个候选项最多排序一次。</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation>“{value}”不是 MoSCoW 选项（{candidate}）。请使用“必须”“应该”“可以”或“不会”。</translation>
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation>评分范围为 0 到 {score_max}：{candidate} 的评分为 {n}。请给出 0 到 {score_max} 的分数，或不评分。</translation>
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation>此选票给 {candidate} {count}；一个候选项的上限为 {cap}。请减去 {number}。</translation>
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation>此选票共给出 {count}；每人有 {budget}。请减去 {number}。</translation>
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation>{candidate} 的值为“{value}”，不是数字。请给出整数。</translation>
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>圆点数为整数：{candidate} 的值为 {value:g}。请给出整数。</translation>
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>分数为整数：{candidate} 的值为 {value:g}。请给出整数。</translation>
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>评分为整数：{candidate} 的值为 {value:g}。请给出整数。</translation>
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation>{candidate} 的值为 {value}；选票不能给出负数。请使用 0 或更大的数。</translation>
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation>候选项 {dup} 在本轮中列了两次。请删除重复项，然后重新计票。</translation>
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation>挂图计数只适用于圆点投票和百分制投票；本轮采用{label}。请改为逐张录入纸质选票。</translation>
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation>挂图上有候选项 {c} 的计数，但该候选项不在本轮中。请删除该计数。</translation>
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation>候选项 {c} 的挂图计数为 {n}。计数须为 0 或更大的整数。</translation>
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation>有一张选票写有候选项 {candidate!r}，但该候选项不在本轮中。请恢复该候选项或删除该选票，然后重新计票。</translation>
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation>有一张选票给候选项 {c} 写的是“{word}”，这不是 MoSCoW 选项。请更正该选票，然后重新计票。</translation>
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation>舒尔茨计票发现了胜出循环，而该方法不允许出现这种情况。请连同讲习班文件报告此问题。</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation>{number} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n 票赞成</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n 个博达分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n 次胜出路径</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n 个 MoSCoW 分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 分</numerusform>
            </translation>
        </message>
        <message>
            <source>dots</source>
            <translation>圆点</translation>
        </message>
        <message>
            <source>approvals</source>
            <translation>赞成票</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>博达分</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <translation>胜出路径次数</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation>MoSCoW 分</translation>
        </message>
        <message>
            <source>points</source>
            <translation>分</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation>第{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation>第{n}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names}及另外 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names}并列{place}名：在最强的一对一胜出链上，彼此之间没有任何一方胜过另一方。不进行决胜：请举行决选以区分它们。</translation>
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation>{names}没有获得任何{unit}；并列{place}名。</translation>
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names}并列{place}名，各得 {amount}。不进行决胜：请举行决选以区分它们。</translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher}和{lower}在一对一比较中完全持平：%n 张选票把{higher}排在前面，%n 张把{lower}排在前面。{higher}排名靠前只是因为博达分。在这两者之间属于并列：请举行决选以区分它们。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher}和{lower}在一对一比较中完全持平：%n 张选票把{higher}排在前面，%n 张把{lower}排在前面。{higher}排名靠前只是因为各自与其他候选项比较的结果。在这两者之间属于并列：请举行决选以区分它们。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>{higher}和{lower}在一对一比较中几乎持平：%n 张选票把{higher}排在前面，{under} 张把{lower}排在前面。请考虑举行决选。</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation>{higher}（{higher_amount}）和{lower}（{lower_amount}）相差不超过 {margin}：实际上属于并列。请考虑举行决选。</translation>
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation>本讲习班中没有表决轮次 {round_id}。</translation>
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation>{label} 未登记所属组织，而本轮每个组织投一张票。</translation>
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation>{label} 已在“{title}”中投票。每人只能投一次。</translation>
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation>{organisation} 已在“{title}”中投票。每个组织只能投一次。</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation>“{title}”尚未开放投票。开放并结束后才会显示结果。</translation>
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation>“{title}”的结果在本轮结束时显示。目前{sentence}。</translation>
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation>本轮为无记名投票：选票不与任何人关联。</translation>
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation>本轮结束后才会显示选票。</translation>
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation>所选建议中有 {missing_count} 条已不在讲习班中。</translation>
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation>表决轮次需要一个标题。</translation>
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation>标题过长（最多 {title_max} 个字符）。</translation>
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation>设立表决轮次“{title}”</translation>
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation>匿名选票代码用于无记名轮次。请将本轮设为无记名投票。</translation>
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation>匿名选票代码无法区分各组织：每个组织一张选票的轮次，由各组织选择自己的名称进行无记名投票。</translation>
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation>选票代码的数量必须在 1 到 {max_codes} 之间。</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation>“{title}”的规则已锁定：已有选票。方法、候选项和配额不能再更改。请改为设立新的轮次。</translation>
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation>“{title}”已开放：其选票代码在开放时生成，因此是否使用代码以及代码数量都不能再更改。请改为设立新的轮次。</translation>
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation>编辑表决轮次“{new_title}”</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation>“{title}”的规则已锁定：已有选票，因此此步骤无法再撤销。</translation>
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation>删除表决轮次“{title}”</translation>
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation>“{title}”已开放过投票，因此保留在讲习班的记录中。</translation>
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation>决选在某轮结束后进行；“{title}”尚未结束。</translation>
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation>决选至少需要本轮的两个候选项。</translation>
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation>有一名勾选为在场的人未登记参加本轮。请刷新列表后重新勾选。</translation>
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation>“{title}”的出席情况</translation>
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation>“{title}”不使用匿名选票代码：“已投票”记录已说明谁参加了投票。</translation>
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation>“{title}”已结束。已结束的轮次永不重新开放；请改为设立决选或新的轮次。</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation>尚未登记任何组织。请先登记与会者。</translation>
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation>尚未登记任何与会者。请先登记与会者。</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation>“{title}”尚未开放投票。</translation>
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation>本讲习班中没有与会者 {participant_id}。</translation>
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation>“{title}”已结束：不再接收选票。</translation>
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation>“{title}”尚未开放投票。</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation>“{title}”使用匿名选票代码：选票凭代码投出，绝不以姓名投出。</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation>“{title}”不使用选票代码：投票者选择自己的姓名。</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation>“{title}”不使用选票代码。</translation>
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation>“{title}”尚未开放：其选票代码在开放时生成。</translation>
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation>代码 {n}（{code}）不是“{title}”的未使用选票代码。</translation>
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation>另一个程序打开了本讲习班{who}。只有在没有其他程序读取该文件时，无记名投票的选票才会被记录。请在那里关闭后重新投票；未记录任何内容。</translation>
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation>挂图计数只适用于圆点投票和百分制投票。请改为录入纸质选票。</translation>
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation>候选项 {cand} 不在本轮中。</translation>
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation>{known} 的计数必须是 0 或更大的整数。</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation>“{title}”使用匿名选票代码：不按姓名标记任何人。请录入挂图计数，不要注明是谁贴的。</translation>
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>此选票代码对本轮无效，或已被使用。请核对，或向主持人索取新的纸条。</translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>挂图上有 %n 个圆点，超过了所有已登记者可贴的 {most} 个。请核对计数（是否多了一个零？）后重新输入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>挂图上有 %n 分，超过了所有已登记者可给的 {most} 分。请核对计数（是否多了一个零？）后重新输入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} 有 %n 个圆点，超过了所有已登记者可贴的 {most} 个。请核对计数（是否多了一个零？）后重新输入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} 有 %n 分，超过了所有已登记者可给的 {most} 分。请核对计数（是否多了一个零？）后重新输入。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation>圆点投票</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>百分制投票</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>赞成投票</translation>
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation>评分 0–{top}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>排序（博达计数法）</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>排序（舒尔茨法）</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
    </context>
    <context>
        <name>WallChartDialog</name>
        <message>
            <source>Wall-chart counts: %1</source>
            <translation>挂图计数：%1</translation>
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation>录入挂图计数</translation>
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>输入每个候选项在挂图上获得的圆点数；此前输入的计数会显示出来，以便更正或补充。请勾选在挂图上投票的人，使其不能再在电脑上投票。</translation>
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>输入每个候选项在挂图上获得的分数；此前输入的计数会显示出来，以便更正或补充。请勾选在挂图上投票的人，使其不能再在电脑上投票。</translation>
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation>每个候选项的计数</translation>
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation>在挂图上投票的人</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation>保存挂图计数</translation>
        </message>
        <message>
            <source>1 person ticked</source>
            <translation>已勾选 1 人</translation>
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>已勾选 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>挂图上：%n 个圆点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>挂图上：%n 分</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation>挂图上的圆点</translation>
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation>主办方：{organisers}</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>无标题优先事项</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>专题组</translation>
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation>（此建议已被删除）</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation>已添加 {count} 条。</translation>
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation>有 1 条已在讲习班中，未重复添加。</translation>
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation>请为副本选择一个不同的文件名。</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation>无法写入“{parent}”：该文件夹为只读。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation>无法将副本写入“{target}”：{error}。讲习班未做更改。</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>编辑讲习班详细信息</translation>
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation>讲习班中已有来自同一（些）国家的同一条建议。</translation>
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation>添加建议 {value}</translation>
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation>此建议尚未保存。</translation>
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation>此建议已不存在（可能已被删除）。</translation>
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation>编辑建议 {value}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>备注为空。</translation>
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation>此建议已不存在。</translation>
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation>备注为空。请改为删除。</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>此备注已不存在。</translation>
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation>此文件中没有给{chosen}的建议。</translation>
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation>{problems} 请更正文件后重新导入；未添加任何内容。</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>讲习班需要一个标题。</translation>
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation>普遍定期审议轮次必须是 1 到 10 之间的数字。</translation>
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation>“{code}”不是文件语言；请选择 {codes} 之一。</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation>讲习班</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>“{name}”已在另一个程序（本电脑上的 upr-desktop 命令）中打开，且正在被修改。请等待其完成后重试；其间可以以只读方式打开。</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>“{name}”已在另一个程序（另一台电脑上的 upr-desktop 命令）中打开，且正在被修改。请等待其完成后重试；其间可以以只读方式打开。</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>“{name}”已在另一个程序（upr-desktop 命令）中打开，且正在被修改。请等待其完成后重试；其间可以以只读方式打开。</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>“{name}”已在 UPR Desktop 的另一个窗口（本电脑上）中打开。您可以以只读方式打开以查看或打印；只能在另一个窗口中进行修改。</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>“{name}”已在 UPR Desktop 的另一个窗口（另一台电脑上）中打开。您可以以只读方式打开以查看或打印；只能在另一个窗口中进行修改。</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>“{name}”已在 UPR Desktop 的另一个窗口中打开。您可以以只读方式打开以查看或打印；只能在另一个窗口中进行修改。</translation>
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation>{listed}；另有 {more} 项</translation>
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation>未打开“{name}”：其中包含{listed}。在其中添加的内容可能会记录或更改讲习班中的操作（例如谁在何时投票）。文件未做更改。请保存一份清理后的副本（只保留讲习班的数据），然后打开该副本。</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation>磁盘已满：请释放一些空间后重试。未做任何更改。</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation>无法写入“{parent}”：{value}。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation>无法写入“{name}”：{value}。请释放一些空间或选择其他文件夹；未做任何更改。</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>讲习班文件“{name}”已损坏（{detail}）。未做任何更改。请打开其最近一份完好的备份（UPR Desktop 打开该文件时会提供）并在备份上工作。</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>讲习班文件“{name}”已损坏。未做任何更改。请打开其最近一份完好的备份（UPR Desktop 打开该文件时会提供）并在备份上工作。</translation>
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>讲习班文件已损坏（{detail}）。未做任何更改。请打开其最近一份完好的备份（UPR Desktop 打开该文件时会提供）并在备份上工作。</translation>
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>讲习班文件已损坏。未做任何更改。请打开其最近一份完好的备份（UPR Desktop 打开该文件时会提供）并在备份上工作。</translation>
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation>“{name}”无法更改：它是只读的。请使用“保存副本…”在副本上工作。</translation>
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation>“{name}”正被另一个窗口或程序占用。请在那里关闭后重试。</translation>
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation>“{name}”已损坏。请再次打开：应用随后会提供其最近一份完好的备份。备份文件夹显示在“帮助 ▸ 关于 UPR Desktop”中。</translation>
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation>无法将更改保存到“{name}”：{error}。</translation>
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation>SQLite 检查发现：{problem}</translation>
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation>“{name}”以只读方式打开。请使用“保存副本…”进行修改。</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation>部分文本包含无效字符（文件可能已损坏或导出有误），因此未保存任何内容。请重新导出文件后重试。</translation>
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation>“{path}”处没有文件。</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation>“{path}”是文件夹，不是讲习班文件。</translation>
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation>无法读取“{name}”：{strerror}。</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>“{name}”是空的：它不是讲习班文件。</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation>“{name}”不是 UPR Desktop 讲习班文件。如要将其中的建议导入讲习班，请使用“导入”。</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation>“{name}”不是 UPR Desktop 讲习班文件。</translation>
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation>“{name}”已不再在此窗口中打开。请重新打开。</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation>“{name}”已损坏或不是讲习班文件（{error}）。请从备份中恢复，或打开备份副本。</translation>
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation>SQLite 提示：{error}</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation>“{name}”是数据库，但不是 UPR Desktop 讲习班文件。</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation>“{name}”由较新版本的 UPR Desktop 保存（其格式经过 {applied_count} 次升级，此版本只知道 {schema_version} 次）。请安装最新的 UPR Desktop 以打开它。文件未做更改。</translation>
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation>“{name}”由旧版本制作，必须升级，但无法在当前位置（只读）升级。请将其复制到可写入的文件夹，然后打开副本。</translation>
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation>“{name}”需要升级，但无法先保留副本（{error}），因此未升级。未做任何更改。</translation>
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation>“{name}”无法升级（{reason}）。文件未做更改，副本保存在“{backup}”。</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation>“{name}”已存在。请选择其他名称，或改为打开它。</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>文件夹“{parent}”不存在。</translation>
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation>无法创建“{name}”：文件夹“{parent}”为只读。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation>“{name}”已存在。请为清理后的副本选择其他名称。</translation>
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation>清理后的副本必须是新文件：原件保持不变。</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation>“{name}”由较新版本的 UPR Desktop 保存。请安装最新的 UPR Desktop 以对其进行清理。</translation>
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation>无法制作“{name}”的清理后副本（{error}）。原件未做更改；请改为打开其较早的备份。</translation>
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation>无法将清理后的副本写入“{target}”（{strerror}）。</translation>
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation>一个不是 UPR Desktop 放入的{type}“{name}”</translation>
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation>缺少 UPR Desktop 需要的{type}“{name}”</translation>
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation>一个与 UPR Desktop 所建不同的{type}“{name}”</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation>讲习班详细信息</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation>这些详细信息会出现在打印件和成果宪章上。</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation>“{name}”以只读方式打开，无法修改其详细信息。请使用“保存副本…”在副本上工作。</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation>例如：关于肯尼亚第四轮普遍定期审议的民间社会组织战略讲习班</translation>
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation>输入或选择一个国家，例如肯尼亚</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation>例如：内罗毕，基督教青年会会议厅</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>每行一个组织</translation>
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation>审议</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>受审议国</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>审议日期</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>普遍定期审议轮次</translation>
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation>讲习班</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation>宪章、分发材料、选票和导出文件使用此语言编写。</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>文件语言</translation>
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation>所有国家（联盟数据库）</translation>
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation>请为讲习班设定标题：它会出现在每份打印件和宪章上。</translation>
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation>讲习班的最后一天早于第一天。请检查日期。</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation>投票终端开放投票期间，无法锁定讲习班。</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>已锁定 — UPR Desktop</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>请先输入密码短语。</translation>
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>密码短语不正确，讲习班仍处于锁定状态。请检查键盘布局和大写锁定键后重试。</translation>
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation>无法重新打开讲习班：{reason}</translation>
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation>本讲习班中暂无可选项。</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>已选 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>任意</translation>
        </message>
    </context>
</TS>
