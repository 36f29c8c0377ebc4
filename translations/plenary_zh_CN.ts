<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message numerus="yes">
        <source>Syntax highlighting: available (KF6 SyntaxHighlighting %1, %n syntax definition(s))</source>
        <translation>
            <numerusform>语法高亮：可用（KF6 SyntaxHighlighting %1，%n 种语法定义）</numerusform>
        </translation>
    </message>
    <message>
        <source>Syntax highlighting: not available (built without KF6 SyntaxHighlighting); text documents are shown as plain text</source>
        <translation>语法高亮：不可用（构建时未包含 KF6 SyntaxHighlighting）；文本文件以纯文本显示</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Remote only</source>
        <translation>仅在远程</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Withdrawn on server</source>
        <translation>服务器上已撤回</translation>
    </message>
</context>
<context>
    <name>Plenary</name>
    <message>
        <source>not allocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>议项 %1</translation>
    </message>
    <message>
        <source>revised to %1</source>
        <translation>修订为 %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>合并入 %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted here is now %2 (the server has another %1)</source>
        <translation>此处起草的联络声明 %1 现编号为 %2（服务器上已有另一个 %1）</translation>
    </message>
    <message>
        <source>current agenda item: %1 here, %2 on the server</source>
        <translation>当前议项：此处为 %1，服务器上为 %2</translation>
    </message>
    <message>
        <source>allocation of %1: %2 here, %3 on the server</source>
        <translation>%1 的分配：此处为 %2，服务器上为 %3</translation>
    </message>
    <message>
        <source>outcome &quot;%1&quot;: changed here and on the server</source>
        <translation>结果“%1”：此处和服务器上均已更改</translation>
    </message>
    <message>
        <source>liaison statement %1: changed here and on the server</source>
        <translation>联络声明 %1：此处和服务器上均已更改</translation>
    </message>
    <message>
        <source>document %1: made here and on the server, differently</source>
        <translation>文件 %1：此处和服务器上均已创建，但内容不同</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>现在进行议项 %1</translation>
    </message>
    <message>
        <source>%1: allocation withdrawn</source>
        <translation>%1：分配已取消</translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 已分配给 %2</translation>
    </message>
    <message>
        <source>%1: %2 allocated to %3</source>
        <translation>%1：%2 已分配给 %3</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted: %2</source>
        <translation>已起草联络声明 %1：%2</translation>
    </message>
    <message>
        <source>Liaison statement %1: %2</source>
        <translation>联络声明 %1：%2</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>联络声明 %1 已编辑</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>联络声明 %1 已删除</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 不是可读取的 ZIP 归档：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::AboutDialog</name>
    <message>
        <source>About Plenary</source>
        <translation>关于 Plenary</translation>
    </message>
    <message>
        <source>Plenary %1</source>
        <translation>Plenary %1</translation>
    </message>
    <message>
        <source>Paperless meetings for standards bodies: the agenda, the allocation of contributions, the decisions and the documents, on every delegate&apos;s laptop, online or not.</source>
        <translation>面向标准化组织的无纸化会议：议程、文稿分配、决定和文件，都在每位代表的笔记本电脑上，无论是否联网。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Plenary::AgendaModel</name>
    <message numerus="yes">
        <source>%n document(s) allocated</source>
        <translation>
            <numerusform>已分配 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1：%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文件数</translation>
    </message>
</context>
<context>
    <name>Plenary::ArchiveView</name>
    <message>
        <source>Files in the archive</source>
        <translation>归档中的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Open one with Enter or a double click; nothing in it is run.</source>
        <translation>
            <numerusform>%1 包含 %n 个文件。按 Enter 键或双击可打开其中一个；其中的任何内容都不会被运行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::AsyncStore</name>
    <message>
        <source>Cannot open the meeting database %1: %2</source>
        <translation>无法打开会议数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set up the demo meeting: %1</source>
        <translation>无法设置演示会议：%1</translation>
    </message>
    <message>
        <source>Cannot read meeting %1: %2</source>
        <translation>无法读取会议 %1：%2</translation>
    </message>
    <message>
        <source>The meeting database could not be opened.</source>
        <translation>无法打开会议数据库。</translation>
    </message>
    <message>
        <source>%1: cannot store the meeting: %2</source>
        <translation>%1：无法存储会议：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n document(s)).</source>
        <translation>
            <numerusform>已导入 %1（%n 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to open here (%2 MB).</source>
        <translation>%1 太大，无法在此打开（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 has no local copy yet: sync the meeting to read it.</source>
        <translation>%1 尚无本地副本：请先同步会议再阅读。</translation>
    </message>
    <message>
        <source>%1 is an archive inside the archive: it is not opened.</source>
        <translation>%1 是归档中的归档：不予打开。</translation>
    </message>
    <message>
        <source>%1 is not a file of %2.</source>
        <translation>%1 不是 %2 的文件。</translation>
    </message>
    <message>
        <source>Your note or position was not kept: %1</source>
        <translation>您的笔记或立场未能保存：%1</translation>
    </message>
    <message>
        <source>The PDF of %1</source>
        <translation>%1 的 PDF</translation>
    </message>
    <message>
        <source>The meeting has no working group %1.</source>
        <translation>本次会议没有工作组 %1。</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>没有报告 %1。</translation>
    </message>
    <message>
        <source>The report was not stored: %1</source>
        <translation>报告未能存储：%1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报告未能保存：%1</translation>
    </message>
    <message>
        <source>The refreshed report was not stored: %1</source>
        <translation>刷新后的报告未能存储：%1</translation>
    </message>
    <message>
        <source>My notes: %1</source>
        <translation>我的笔记：%1</translation>
    </message>
    <message>
        <source>There is no liaison statement %1.</source>
        <translation>没有联络声明 %1。</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>现在进行议项 %1</translation>
    </message>
    <message>
        <source>Outcome taken back</source>
        <translation>结果已取消</translation>
    </message>
    <message>
        <source>Liaison statement %1 saved</source>
        <translation>联络声明 %1 已保存</translation>
    </message>
    <message>
        <source>Liaison statement %1 removed</source>
        <translation>联络声明 %1 已删除</translation>
    </message>
</context>
<context>
    <name>Plenary::Cli</name>
    <message>
        <source>usage: export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</source>
        <translation>用法：export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE</translation>
    </message>
    <message>
        <source>give --format pdf, odt or md (%1 has no known extension)</source>
        <translation>请指定 --format pdf、odt 或 md（无法从 %1 的扩展名识别格式）</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, odt or md)</source>
        <translation>未知格式 &apos;%1&apos;（可用 pdf、odt 或 md）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>没有联络声明 %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>没有工作组 %1</translation>
    </message>
    <message>
        <source>indexing %1/%2 %3</source>
        <translation>正在索引 %1/%2 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>usage: search WORDS... (&quot;a phrase&quot;, prefix*)</source>
        <translation>用法：search WORDS...（&quot;短语&quot;、前缀*）</translation>
    </message>
    <message>
        <source>usage: allocate DOCUMENT --wg WG [--item ITEM]</source>
        <translation>用法：allocate DOCUMENT --wg WG [--item ITEM]</translation>
    </message>
    <message>
        <source>usage: current ITEM</source>
        <translation>用法：current ITEM</translation>
    </message>
    <message>
        <source>Now on agenda item %1</source>
        <translation>现在进行议项 %1</translation>
    </message>
    <message>
        <source>usage: outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</source>
        <translation>用法：outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW-NUMBER]</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>未知状态 &apos;%1&apos;（可选值：%2）</translation>
    </message>
    <message>
        <source>usage: liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</source>
        <translation>用法：liaison new --title TITLE --to BODY [--to BODY]... [--for action|comment|information] [--doc ATTACHMENT]... [--item ITEM]</translation>
    </message>
    <message>
        <source>--for takes action, comment or information</source>
        <translation>--for 的取值为 action、comment 或 information</translation>
    </message>
    <message>
        <source>usage: session</source>
        <translation>用法：session</translation>
    </message>
    <message>
        <source>outcomes:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>liaison statements:</source>
        <translation>联络声明：</translation>
    </message>
    <message>
        <source> (item %1)</source>
        <translation> (议项 %1)</translation>
    </message>
    <message>
        <source>current item: %1</source>
        <translation>当前议项：%1</translation>
    </message>
    <message>
        <source>usage: publish URL [--keep-mine | --take-theirs]</source>
        <translation>用法：publish URL [--keep-mine | --take-theirs]</translation>
    </message>
    <message>
        <source>merged from the server: %1</source>
        <translation>已从服务器合并：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>conflict: not published; publish again with --keep-mine or --take-theirs</source>
        <translation>冲突：未发布；请使用 --keep-mine 或 --take-theirs 重新发布</translation>
    </message>
    <message>
        <source>usage: follow URL [--once]</source>
        <translation>用法：follow URL [--once]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: 无法打开 %1：%2</translation>
    </message>
    <message>
        <source>plenary-cli: there is no current meeting; sync or import one first</source>
        <translation>plenary-cli: 没有当前会议；请先同步或导入一个会议</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>plenary-cli: numbers are given by %1</source>
        <translation>plenary-cli: 编号由 %1 分配</translation>
    </message>
    <message>
        <source>plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) passed %2 ago; the secretariat may not accept it for this meeting</source>
        <translation>plenary-cli: 警告：文稿截止日期（%1，当日结束，UTC）已过去 %2；秘书处可能不会接受其用于本次会议</translation>
    </message>
    <message>
        <source>Submitted %1 (%2 bytes) to %3</source>
        <translation>已将 %1（%2 字节）提交到 %3</translation>
    </message>
</context>
<context>
    <name>Plenary::DemoMeeting</name>
    <message>
        <source>the bundled demo meeting is missing from this build</source>
        <translation>此版本中缺少内置的演示会议</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>Plenary::DirectoryListing</name>
    <message>
        <source>empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name contains &apos;..&apos;</source>
        <translation>名称中含有 &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>名称中含有斜杠</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>名称中含有反斜杠</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>名称中含有控制字符</translation>
    </message>
    <message>
        <source>the name contains a bidirectional control character</source>
        <translation>名称中含有双向控制字符</translation>
    </message>
    <message>
        <source>the name is longer than 255 characters</source>
        <translation>名称长度超过 255 个字符</translation>
    </message>
    <message>
        <source>%1: points outside the meeting folder</source>
        <translation>%1：指向会议文件夹之外</translation>
    </message>
    <message>
        <source>the name is &apos;.&apos;</source>
        <translation>名称为 &apos;.&apos;</translation>
    </message>
    <message>
        <source>the name has digits that only look like 0-9</source>
        <translation>名称中含有看起来像 0-9 但并非 0-9 的数字</translation>
    </message>
    <message>
        <source>the name mixes digits of different scripts</source>
        <translation>名称混用了不同文字的数字</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentDetailsPanel</name>
    <message>
        <source>Select a document to see its details.</source>
        <translation>选择一个文件以查看其详细信息。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Working group:</source>
        <translation>工作组：</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>议项：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>修订：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1，供%2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>not allocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>after the contribution deadline of %1</source>
        <translation>晚于文稿截止日期 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>取代 %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>被 %1 取代</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableModel</name>
    <message>
        <source>Received after the contribution deadline (%1)</source>
        <translation>在文稿截止日期（%1）之后收到</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>WG</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>被取代为</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
</context>
<context>
    <name>Plenary::DocumentTableView</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>Plenary::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Escape）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>已从另一端继续查找</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::FtpClient</name>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>%1 does not offer an encrypted connection (AUTH TLS).</source>
        <translation>%1 不提供加密连接（AUTH TLS）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed; its certificate is not trusted or TLS could not be agreed: %2</source>
        <translation>与 %1 的安全连接失败；其证书不受信任，或无法协商 TLS：%2</translation>
    </message>
    <message>
        <source>%1 is not on the server or may not be read: %2</source>
        <translation>%1 不在服务器上或无法读取：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>FTP error with %1: %2</source>
        <translation>与 %1 通信时出现 FTP 错误：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The listing of %1 is too large.</source>
        <translation>%1 的列表过大。</translation>
    </message>
    <message>
        <source>%1 already exists on the server; nothing was replaced.</source>
        <translation>%1 已存在于服务器上；未替换任何文件。</translation>
    </message>
    <message>
        <source>%1 stopped answering, or answers too slowly: %2</source>
        <translation>%1 停止了响应，或响应过慢：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpListing</name>
    <message>
        <source>the name is not UTF-8</source>
        <translation>名称不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: a link</source>
        <translation>%1：是一个链接</translation>
    </message>
    <message>
        <source>%1: a listing line not understood</source>
        <translation>%1：无法识别的列表行</translation>
    </message>
</context>
<context>
    <name>Plenary::FtpTransfer</name>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>文件大小超过了 %1 的限制</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes listed</source>
        <translation>服务器发送的数据超过了所列的 %1 字节</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1（尝试 %n 次后）</numerusform>
        </translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>传输在 %1 字节（共 %2 字节）后结束</translation>
    </message>
</context>
<context>
    <name>Plenary::Json</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; 不是日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (expected ISO 8601)</source>
        <translation>&apos;%1&apos; 不是日期时间（应为 ISO 8601 格式）</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of: %3)</source>
        <translation>未知%1 &apos;%2&apos;（应为以下之一：%3）</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>第 %1 行，第 %2 列：%3%4</translation>
    </message>
    <message>
        <source> (the file looks truncated)</source>
        <translation> （文件似乎被截断）</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (this version of Plenary reads %2)</source>
        <translation>不支持的格式 &apos;%1&apos;（此版本的 Plenary 可读取 %2）</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>expected a non-negative whole number, found %1</source>
        <translation>应为非负整数，实际为 %1</translation>
    </message>
</context>
<context>
    <name>Plenary::KeychainCredentialStore</name>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>没有可用的密钥环（%1）</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>访问密钥环被拒绝</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>密钥环没有响应</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is not Plenary&apos;s</source>
        <translation>%1 的密钥环条目不属于 Plenary</translation>
    </message>
</context>
<context>
    <name>Plenary::LiaisonDialog</name>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Liaison Statement %1</source>
        <translation>联络声明 %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. Q1/17, Q2/17</source>
        <translation>例如 Q1/17、Q2/17</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>课题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>议项(&amp;I)：</translation>
    </message>
    <message>
        <source>A body from the list, or type one</source>
        <translation>从列表中选择一个机构，或自行输入</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>致(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>采取行动</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>A&amp;pproval:</source>
        <translation>批准(&amp;P)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Meeting documents, e.g. FG-Smart-I-0012</source>
        <translation>会议文件，例如 FG-Smart-I-0012</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>附件(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Liaison officer:</source>
        <translation>联络官(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A liaison statement needs a title.</source>
        <translation>联络声明需要标题。</translation>
    </message>
    <message>
        <source>A liaison statement needs at least one addressee (To).</source>
        <translation>联络声明至少需要一个收件方（致）。</translation>
    </message>
    <message>
        <source>%1 is not a document of this meeting.</source>
        <translation>%1 不是本次会议的文件。</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>New addressee</source>
        <translation>新收件方</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>Plenary::LibraryFilterButton</name>
    <message>
        <source>Library filters</source>
        <translation>文件库筛选</translation>
    </message>
    <message>
        <source>Show only some documents: by working group, type, outcome, unread, late, with my notes</source>
        <translation>只显示部分文件：按工作组、类型、结果、未读、逾期或有我的笔记筛选</translation>
    </message>
    <message>
        <source>&amp;Working Group</source>
        <translation>工作组(&amp;W)</translation>
    </message>
    <message>
        <source>All Groups</source>
        <translation>所有工作组</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>All Types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>Any Outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>Not Treated Yet</source>
        <translation>尚未处理</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>仅未读(&amp;U)</translation>
    </message>
    <message>
        <source>Only documents you have not opened yet</source>
        <translation>仅显示您尚未打开过的文件</translation>
    </message>
    <message>
        <source>&amp;Late Only</source>
        <translation>仅逾期(&amp;L)</translation>
    </message>
    <message>
        <source>Only documents received after the contribution deadline</source>
        <translation>仅显示在文稿截止日期之后收到的文件</translation>
    </message>
    <message>
        <source>With My &amp;Notes</source>
        <translation>有我的笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Only documents you have written notes on</source>
        <translation>仅显示您写过笔记的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
</context>
<context>
    <name>Plenary::LoginDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password to give the meeting documents.

%2</source>
        <translation>%1 要求提供用户名和密码才能获取会议文件。

%2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>保存在密钥环中(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the password in the desktop&apos;s keychain, never in Plenary&apos;s settings; otherwise it is kept until Plenary quits.</source>
        <translation>将密码保存在桌面的密钥环中，绝不保存在 Plenary 的设置里；否则仅保留到 Plenary 退出为止。</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Plenary::MainWindow</name>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议进程</translation>
    </message>
    <message>
        <source>Opening the meeting...</source>
        <translation>正在打开会议...</translation>
    </message>
    <message>
        <source>The meeting was not imported; nothing stored has changed.

%1</source>
        <translation>会议未导入；已存储的内容均未更改。

%1</translation>
    </message>
    <message>
        <source>The password is kept until Plenary quits, not in the keychain: %1</source>
        <translation>密码仅保留到 Plenary 退出为止，未保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <source>Drop documents on a working group to allocate them</source>
        <translation>将文件拖放到工作组上即可分配</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the documents of every agenda item</source>
        <translation>显示所有议项的文件</translation>
    </message>
    <message>
        <source>Filter by number, title or source (Ctrl+F)</source>
        <translation>按编号、标题或来源筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Meeting...</source>
        <translation>导入会议(&amp;I)...</translation>
    </message>
    <message>
        <source>Import a meeting.json manifest</source>
        <translation>导入 meeting.json 清单</translation>
    </message>
    <message>
        <source>Open Meeting from &amp;URL...</source>
        <translation>从 URL 打开会议(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Number and Title</source>
        <translation>复制编号和标题(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All Documents</source>
        <translation>选择全部文件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>筛选文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;All Documents</source>
        <translation>显示全部文件(&amp;A)</translation>
    </message>
    <message>
        <source>Show Document &amp;Details</source>
        <translation>显示文件详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Close Document &amp;Tab</source>
        <translation>关闭文件标签页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文件库(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Session</source>
        <translation>显示会议进程(&amp;S)</translation>
    </message>
    <message>
        <source>Show My &amp;Notes</source>
        <translation>显示我的笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Show Searc&amp;h</source>
        <translation>显示搜索(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Expand Agenda</source>
        <translation>展开议程(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse Agenda</source>
        <translation>折叠议程(&amp;C)</translation>
    </message>
    <message>
        <source>Go to A&amp;genda</source>
        <translation>转到议程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>Meeting &amp;Information...</source>
        <translation>会议信息(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Plenary</source>
        <translation>关于 Plenary(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 - Plenary</source>
        <translation>%1 - Plenary</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Chairman: %1</source>
        <translation>主席：%1</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>同步自 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received late</source>
        <translation>
            <numerusform>%n 个逾期收到</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>议项 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1（显示 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Meeting</source>
        <translation>导入会议</translation>
    </message>
    <message>
        <source>Meeting manifests (*.json);;All files (*)</source>
        <translation>会议清单 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>Open Meeting from URL</source>
        <translation>从 URL 打开会议</translation>
    </message>
    <message>
        <source>Address of the meeting folder (with a meeting.json or a directory listing):</source>
        <translation>会议文件夹的地址（含 meeting.json 或目录列表）：</translation>
    </message>
    <message>
        <source>The meeting could not be synced.

%1</source>
        <translation>无法同步会议。

%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it resumes where it stopped.</source>
        <translation>同步已取消；下次将从中断处继续。</translation>
    </message>
    <message>
        <source>Sync complete: %1 downloaded, %2 updated, %3 withdrawn on server.</source>
        <translation>同步完成：已下载 %1 个，已更新 %2 个，服务器上已撤回 %3 个。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>...以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be synced:</source>
        <translation>
            <numerusform>%n 个文件无法同步：</numerusform>
        </translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure Plenary...</source>
        <translation>配置 Plenary(&amp;C)...</translation>
    </message>
    <message>
        <source>Go to Doc&amp;uments</source>
        <translation>转到文件(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) listed by the server, not taken for safety:</source>
        <translation>
            <numerusform>出于安全考虑，未采用服务器列出的 %n 个名称：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync a meeting folder from a web or FTP server</source>
        <translation>从 Web 或 FTP 服务器同步会议文件夹</translation>
    </message>
    <message>
        <source>Su&amp;bmit Contribution...</source>
        <translation>提交文稿(&amp;B)...</translation>
    </message>
    <message>
        <source>Upload a contribution to the meeting&apos;s drop folder</source>
        <translation>将文稿上传到会议的投稿文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http://, https://, ftp:// or ftps:// address.</source>
        <translation>“%1”不是 http://、https://、ftp:// 或 ftps:// 地址。</translation>
    </message>
</context>
<context>
    <name>Plenary::ManifestBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the link points to nothing</source>
        <translation>该链接未指向任何内容</translation>
    </message>
    <message>
        <source>the link points outside the folder</source>
        <translation>该链接指向文件夹之外</translation>
    </message>
    <message numerus="yes">
        <source>folders more than %n level(s) down are left out</source>
        <translation>
            <numerusform>超过 %n 层深的文件夹被略去</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>无法读取该文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>no document number can be made from the name</source>
        <translation>无法从名称得出文件编号</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>读取时文件发生了变化</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>未指定文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>无法读取文件夹 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The manifest made from %1 is not valid: %2</source>
        <translation>由 %1 生成的清单无效：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingInfoDialog</name>
    <message>
        <source>Meeting Information</source>
        <translation>会议信息</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Contribution deadline:</source>
        <translation>文稿截止日期：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Vice-chairmen:</source>
        <translation>副主席：</translation>
    </message>
    <message>
        <source>Secretariat:</source>
        <translation>秘书处：</translation>
    </message>
    <message>
        <source>Drop folder:</source>
        <translation>提交文件夹：</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>文件编号：</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Leaders:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>to be nominated</source>
        <translation>待提名</translation>
    </message>
    <message>
        <source>Terms of reference:</source>
        <translation>职责范围：</translation>
    </message>
</context>
<context>
    <name>Plenary::MeetingJson</name>
    <message>
        <source>the agenda is nested more than 8 levels deep</source>
        <translation>议程嵌套超过 8 层</translation>
    </message>
    <message>
        <source>duplicate agenda item id &apos;%1&apos;</source>
        <translation>重复的议项 ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>duplicate working group id &apos;%1&apos;</source>
        <translation>重复的工作组 ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate file &apos;%1&apos;</source>
        <translation>重复的文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>应为 64 位十六进制数字</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>重复的文件编号 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown agenda item &apos;%1&apos;</source>
        <translation>未知议项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown working group &apos;%1&apos;</source>
        <translation>未知工作组 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the file is larger than 256 MB</source>
        <translation>%1：文件大于 256 MB</translation>
    </message>
    <message>
        <source>an empty part of the path (a leading, trailing or double slash)</source>
        <translation>路径中有空的部分（开头、结尾或连续的斜杠）</translation>
    </message>
    <message>
        <source>more than %1 folders deep</source>
        <translation>文件夹层级超过 %1 层</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name or relative path: %2</source>
        <translation>“%1”不是安全的文件名或相对路径：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesExport</name>
    <message>
        <source>My notes: %1</source>
        <translation>我的笔记：%1</translation>
    </message>
    <message>
        <source>*No notes and no positions yet.*</source>
        <translation>*尚无笔记，也无立场。*</translation>
    </message>
    <message>
        <source>**My position:** %1</source>
        <translation>**我的立场：** %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>Plenary::NotesPanel</name>
    <message>
        <source>&amp;Delete Note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>我的立场</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无立场</translation>
    </message>
    <message>
        <source>My notes on this document</source>
        <translation>我对此文件的笔记</translation>
    </message>
    <message>
        <source>A note on the page the reader shows</source>
        <translation>为阅读器当前显示的页面添加笔记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note: private, never published</source>
        <translation>您的笔记：仅供个人使用，绝不发布</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>立场(&amp;P)：</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Your note was not kept: %1</source>
        <translation>您的笔记未能保存：%1</translation>
    </message>
    <message>
        <source>Note on Page %1</source>
        <translation>第 %1 页的笔记</translation>
    </message>
    <message>
        <source>Note on Page</source>
        <translation>页面笔记</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Select a document to keep notes on it.</source>
        <translation>选择一个文件以记录笔记。</translation>
    </message>
    <message>
        <source>Taken on %1, an earlier version.</source>
        <translation>此立场针对早期版本 %1。</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>来自 %1，%2</translation>
    </message>
    <message>
        <source>(earlier version)</source>
        <translation>（早期版本）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Written on %1, which this document revises.</source>
        <translation>此笔记写在 %1 上，本文件是对它的修订。</translation>
    </message>
    <message>
        <source>Written on an earlier version of this document: its file has changed since.</source>
        <translation>此笔记写在本文件的早期版本上：该文件此后已更改。</translation>
    </message>
</context>
<context>
    <name>Plenary::OfficeConverter</name>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>无法创建缓存文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot prepare LibreOffice&apos;s profile in %1.</source>
        <translation>无法在 %1 中准备 LibreOffice 的配置文件。</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>LibreOffice is not installed: office documents cannot be converted.</source>
        <translation>未安装 LibreOffice：无法转换办公文档。</translation>
    </message>
    <message>
        <source>%1 is too large to convert (%2 MB).</source>
        <translation>%1 太大，无法转换（%2 MB）。</translation>
    </message>
    <message>
        <source>Cannot copy %1 for conversion.</source>
        <translation>无法复制 %1 以进行转换。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>无法启动 LibreOffice：%1</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1.</source>
        <translation>LibreOffice 无法转换 %1。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice 无法转换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot keep the converted PDF in %1.</source>
        <translation>无法将转换后的 PDF 保存到 %1 中。</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n seconds to convert %1.</source>
        <translation>
            <numerusform>LibreOffice 转换 %1 的时间超过了 %n 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::PdfReader</name>
    <message>
        <source>p. %1: %2%3%4</source>
        <translation>第 %1 页：%2%3%4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>文件页面</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Show the outline</source>
        <translation>显示大纲</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>使页面宽度适合窗口</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>显示整个页面</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文件中查找</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>此 PDF 受密码保护。</translation>
    </message>
    <message>
        <source>This file is not a PDF that can be shown.</source>
        <translation>此文件不是可显示的 PDF。</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>此 PDF 没有页面。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Plenary::RateGuard</name>
    <message>
        <source>the server sent less than %1 per second; given up</source>
        <translation>服务器每秒发送不足 %1；已放弃</translation>
    </message>
</context>
<context>
    <name>Plenary::ReaderTabs</name>
    <message>
        <source>Library</source>
        <translation>文件库</translation>
    </message>
    <message>
        <source>Converting %1 to PDF with LibreOffice...</source>
        <translation>正在使用 LibreOffice 将 %1 转换为 PDF...</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <source>Opening %1 from %2...</source>
        <translation>正在从 %2 打开 %1...</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an office document, and LibreOffice is not installed to show it here.</source>
        <translation>%1 是办公文档，但未安装 LibreOffice，无法在此显示。</translation>
    </message>
    <message>
        <source>%1 could not be shown here: %2</source>
        <translation>%1 无法在此显示：%2</translation>
    </message>
    <message>
        <source>Open it with the system&apos;s application?</source>
        <translation>是否使用系统的应用程序打开？</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Plenary.</source>
        <translation>%1 无法在 Plenary 中显示。</translation>
    </message>
    <message>
        <source>In the archive: %1</source>
        <translation>位于归档中：%1</translation>
    </message>
    <message>
        <source>Shown as converted to PDF by LibreOffice</source>
        <translation>显示的是由 LibreOffice 转换的 PDF</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 opened where you left it</source>
        <translation>已打开 %1，并回到上次阅读的位置</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportExporter</name>
    <message>
        <source>exporting to PDF or ODT needs a graphical application (fonts)</source>
        <translation>导出为 PDF 或 ODT 需要图形界面应用程序（字体）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportTemplate</name>
    <message>
        <source>action</source>
        <translation>采取行动</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>information</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>%1 “%2” to %3 (for %4): %5</source>
        <translation>%1“%2”致 %3（用途：%4）：%5</translation>
    </message>
    <message>
        <source>; liaison officer: %1</source>
        <translation>；联络官：%1</translation>
    </message>
    <message>
        <source>Revised to %1</source>
        <translation>修订为 %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>合并入 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>会议报告：%1</translation>
    </message>
    <message>
        <source>Report of %1: %2</source>
        <translation>%1 报告：%2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>- **Leaders:** %1</source>
        <translation>- **负责人：** %1</translation>
    </message>
    <message>
        <source>## Terms of reference</source>
        <translation>## 职责范围</translation>
    </message>
    <message>
        <source>*No terms of reference are recorded for %1.*</source>
        <translation>*未记录 %1 的职责范围。*</translation>
    </message>
    <message>
        <source>## Contributions</source>
        <translation>## 文稿</translation>
    </message>
    <message>
        <source>*No documents are allocated to %1.*</source>
        <translation>*没有分配给 %1 的文件。*</translation>
    </message>
    <message>
        <source>- **Source:** %1</source>
        <translation>- **来源：** %1</translation>
    </message>
    <message>
        <source>- **Agenda item:** %1</source>
        <translation>- **议项：** %1</translation>
    </message>
    <message>
        <source>- **Replaces:** %1</source>
        <translation>- **取代：** %1</translation>
    </message>
    <message>
        <source>- **Outcome:** %1</source>
        <translation>- **结果：** %1</translation>
    </message>
    <message>
        <source>not yet treated</source>
        <translation>尚未处理</translation>
    </message>
    <message>
        <source>## Liaison statements</source>
        <translation>## 联络声明</translation>
    </message>
    <message>
        <source>*No outgoing liaison statement attaches a document of %1.*</source>
        <translation>*没有发出的联络声明附带 %1 的文件。*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## 概要</translation>
    </message>
    <message>
        <source>- **Chairman:** %1</source>
        <translation>- **主席：** %1</translation>
    </message>
    <message>
        <source>- **Vice-chairmen:** %1</source>
        <translation>- **副主席：** %1</translation>
    </message>
    <message>
        <source>| Document | Title | Source | Outcome |</source>
        <translation>| 文件 | 标题 | 来源 | 结果 |</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>## Working groups</source>
        <translation>## 工作组</translation>
    </message>
    <message>
        <source>## Outgoing liaison statements</source>
        <translation>## 发出的联络声明</translation>
    </message>
    <message>
        <source>| Liaison statement | Title | To | Status | Liaison officer |</source>
        <translation>| 联络声明 | 标题 | 致 | 状态 | 联络官 |</translation>
    </message>
    <message>
        <source>Agreed to at the %1 meeting, %2, %3</source>
        <translation>经 %1 会议同意（%2，%3）</translation>
    </message>
    <message>
        <source>Liaison statement</source>
        <translation>联络声明</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>课题：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>## LIAISON STATEMENT</source>
        <translation>## 联络声明</translation>
    </message>
    <message>
        <source>For action to:</source>
        <translation>致（供采取行动）：</translation>
    </message>
    <message>
        <source>For comment to:</source>
        <translation>致（征求意见）：</translation>
    </message>
    <message>
        <source>For information to:</source>
        <translation>致（供参考）：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>批准：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>**Attachments:**</source>
        <translation>**附件：**</translation>
    </message>
</context>
<context>
    <name>Plenary::ReportWindow</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report text (Markdown)</source>
        <translation>报告文本（Markdown）</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>正在打开报告...</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>立即保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh from Session</source>
        <translation>从会议进程刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Bring in what the session recorded since the report was made; what you wrote stays as you wrote it</source>
        <translation>引入自报告生成以来会议进程所记录的内容；您写的内容保持原样</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;PDF...</source>
        <translation>PDF 格式(&amp;P)...</translation>
    </message>
    <message>
        <source>As &amp;ODT (LibreOffice, Word)...</source>
        <translation>ODT 格式（LibreOffice、Word）(&amp;O)...</translation>
    </message>
    <message>
        <source>As &amp;Markdown...</source>
        <translation>Markdown 格式(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed from the session: %n change(s) brought in</source>
        <translation>
            <numerusform>已从会议进程刷新：引入了 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Session</source>
        <translation>从会议进程刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) that you had edited were left as you wrote them. What the session has there now is in the details.</source>
        <translation>
            <numerusform>您编辑过的 %n 处保持您所写的内容不变。会议进程中这些位置的当前内容见详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The report was not exported.

%1</source>
        <translation>报告未导出。

%1</translation>
    </message>
    <message>
        <source>%1 — Plenary</source>
        <translation>%1 — Plenary</translation>
    </message>
    <message>
        <source>Write the report in Markdown.</source>
        <translation>使用 Markdown 撰写报告。</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>上次保存于 %1</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>正在编辑...</translation>
    </message>
    <message>
        <source>Refreshing from the session...</source>
        <translation>正在从会议进程刷新...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::ReportsController</name>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Nothing was exported.

%1</source>
        <translation>未导出任何内容。

%1</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Meeting Report</source>
        <translation>会议报告(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Working-Group Report</source>
        <translation>工作组报告(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Meeting Report...</source>
        <translation>会议报告(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Liaison Statement</source>
        <translation>联络声明(&amp;L)</translation>
    </message>
    <message>
        <source>My &amp;Notes...</source>
        <translation>我的笔记(&amp;N)...</translation>
    </message>
    <message>
        <source>My notes %1</source>
        <translation>我的笔记 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2...</source>
        <translation>%1：%2...</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>正在导出到 %1...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchController</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Search All Documents...</source>
        <translation>搜索全部文件(&amp;S)...</translation>
    </message>
    <message>
        <source>Find words in every document of the meeting</source>
        <translation>在会议的所有文件中查找词语</translation>
    </message>
    <message>
        <source>Indexing %1 of %2</source>
        <translation>正在索引：%1/%2</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Indexing stopped; searches find what was indexed so far.</source>
        <translation>索引已停止；搜索只能找到目前已索引的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) searchable.</source>
        <translation>
            <numerusform>%n 个文件可搜索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without readable text.</source>
        <translation>
            <numerusform>%n 个文件没有可读取的文本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::SearchPanel</name>
    <message>
        <source>%1  %2  p. %3</source>
        <translation>%1  %2  第 %3 页</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>搜索全部文件</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot; in quotes; demand* for words that begin so.</source>
        <translation>输入必须全部出现的词语；用引号括起&quot;短语&quot;；demand* 匹配以 demand 开头的词。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept</source>
        <translation>停止索引；已完成的部分将保留</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>找到 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing %1 of %2 files...</source>
        <translation>正在索引第 %1 个文件（共 %2 个）...</translation>
    </message>
</context>
<context>
    <name>Plenary::SearchResultModel</name>
    <message>
        <source>%1, p. %2: %3</source>
        <translation>%1，第 %2 页：%3</translation>
    </message>
    <message>
        <source>%1, %2, page %3: %4</source>
        <translation>%1，%2，第 %3 页：%4</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionController</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>&amp;Allocate To</source>
        <translation>分配给(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Liaison Statements</source>
        <translation>联络声明(&amp;L)</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>正在跟随 %1</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>正在发布到 %1</translation>
    </message>
    <message>
        <source>You are following the chairman&apos;s session: it cannot be changed here (Meeting &gt; Stop Following).</source>
        <translation>您正在跟随主席的会议进程：无法在此更改（会议 &gt; 停止跟随）。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) taken out of their working group</source>
        <translation>
            <numerusform>%n 个文件已移出其工作组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to %2</source>
        <translation>%1 已分配给 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to %1</source>
        <translation>
            <numerusform>%n 个文件已分配给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allocated to item %2</source>
        <translation>%1 已分配给议项 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) allocated to item %1</source>
        <translation>
            <numerusform>%n 个文件已分配给议项 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to agenda item %1</source>
        <translation>转到议项 %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>议项 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Liaison statement %1 drafted</source>
        <translation>已起草联络声明 %1</translation>
    </message>
    <message>
        <source>Liaison statement %1 edited</source>
        <translation>联络声明 %1 已编辑</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
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
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;No Working Group</source>
        <translation>无工作组(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;Current Agenda Item</source>
        <translation>当前议项(&amp;C)</translation>
    </message>
    <message>
        <source>No agenda item is being treated yet (Meeting &gt; Next Agenda Item).</source>
        <translation>尚未开始处理任何议项（会议 &gt; 下一议项）。</translation>
    </message>
    <message>
        <source>Agenda &amp;Item...</source>
        <translation>议项(&amp;I)...</translation>
    </message>
    <message>
        <source>Allocate to Agenda Item</source>
        <translation>分配给议项</translation>
    </message>
    <message numerus="yes">
        <source>Allocate %n document(s) to:</source>
        <translation>
            <numerusform>将 %n 个文件分配给：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Previous Agenda Item</source>
        <translation>上一议项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Agenda Item</source>
        <translation>下一议项(&amp;N)</translation>
    </message>
    <message>
        <source>New Liaison &amp;Statement...</source>
        <translation>新建联络声明(&amp;S)...</translation>
    </message>
    <message>
        <source>P&amp;ublish Session To...</source>
        <translation>发布会议进程到(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Follow Session At...</source>
        <translation>跟随会议进程(&amp;F)...</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>未跟随</translation>
    </message>
    <message>
        <source>Publish Session</source>
        <translation>发布会议进程</translation>
    </message>
    <message>
        <source>The WebDAV folder (or session.json) where delegates will follow this session:</source>
        <translation>代表们将从中跟随此会议进程的 WebDAV 文件夹（或 session.json）：</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>正在发布...</translation>
    </message>
    <message>
        <source>Follow Session</source>
        <translation>跟随会议进程</translation>
    </message>
    <message>
        <source>The address where the chairman publishes the session:</source>
        <translation>主席发布会议进程的地址：</translation>
    </message>
    <message>
        <source>Following...</source>
        <translation>正在跟随...</translation>
    </message>
    <message>
        <source>Published (revision %1)</source>
        <translation>已发布（版本 %1）</translation>
    </message>
    <message>
        <source>Merged from the server: %1</source>
        <translation>已从服务器合并：%1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>正在发布</translation>
    </message>
    <message>
        <source>Pending: the server cannot be reached</source>
        <translation>待发布：无法连接服务器</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Publishing Conflict</source>
        <translation>发布冲突</translation>
    </message>
    <message>
        <source>Someone else published changes to the same things:</source>
        <translation>其他人发布了对相同内容的更改：</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Following: %1</source>
        <translation>跟随中：%1</translation>
    </message>
    <message>
        <source>last good state kept</source>
        <translation>已保留最近的正常状态</translation>
    </message>
    <message>
        <source>Following (revision %1)</source>
        <translation>跟随中（版本 %1）</translation>
    </message>
    <message>
        <source>Publish No&amp;w</source>
        <translation>立即发布(&amp;W)</translation>
    </message>
    <message>
        <source>St&amp;op Following</source>
        <translation>停止跟随(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionFollower</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>This meeting does not follow a published session.</source>
        <translation>本会议未跟随已发布的会议进程。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is the session of meeting %2, not of %3</source>
        <translation>%1 是会议 %2 的会议进程，而不是 %3 的</translation>
    </message>
    <message>
        <source>%1 holds revision %2, older than the %3 already here; kept the newer</source>
        <translation>%1 中为版本 %2，早于此处已有的版本 %3；已保留较新的版本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionHttp</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>names neither a working group nor an agenda item</source>
        <translation>既未指明工作组，也未指明议项</translation>
    </message>
    <message>
        <source>the document number is empty</source>
        <translation>文件编号为空</translation>
    </message>
    <message>
        <source>names neither an agenda item nor a document</source>
        <translation>既未指明议项，也未指明文件</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>修订须指明一个文件及其新编号</translation>
    </message>
    <message>
        <source>duplicate outcome id &apos;%1&apos;</source>
        <translation>重复的结果 ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate liaison statement id &apos;%1&apos;</source>
        <translation>重复的联络声明 ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate document number &apos;%1&apos;</source>
        <translation>重复的文件编号 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPanel</name>
    <message>
        <source>Revised to %1</source>
        <translation>修订为 %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>合并入 %1</translation>
    </message>
    <message>
        <source>Previous agenda item (Alt+Page Up)</source>
        <translation>上一议项（Alt+Page Up）</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>上一议项</translation>
    </message>
    <message>
        <source>Next agenda item (Alt+Page Down)</source>
        <translation>下一议项（Alt+Page Down）</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>下一议项</translation>
    </message>
    <message>
        <source>Documents under this item</source>
        <translation>此议项下的文件</translation>
    </message>
    <message>
        <source>Documents under the current agenda item</source>
        <translation>当前议项下的文件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The next free number</source>
        <translation>下一个可用编号</translation>
    </message>
    <message>
        <source>What the meeting decided, in a sentence</source>
        <translation>用一句话说明会议的决定</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>决定针对(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>新编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Record Outcome</source>
        <translation>记录结果(&amp;R)</translation>
    </message>
    <message>
        <source>Record the outcome (Ctrl+Return)</source>
        <translation>记录结果（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Outcomes recorded under this item</source>
        <translation>此议项下记录的结果</translation>
    </message>
    <message>
        <source>Outcomes recorded under the current agenda item</source>
        <translation>当前议项下记录的结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The meeting has not started</source>
        <translation>会议尚未开始</translation>
    </message>
    <message>
        <source>Agenda item %1 itself</source>
        <translation>议项 %1 本身</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>该议项</translation>
    </message>
    <message>
        <source>The number merged into</source>
        <translation>合并入的编号</translation>
    </message>
</context>
<context>
    <name>Plenary::SessionPublisher</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>This meeting is not connected to a server for publishing.</source>
        <translation>本会议未连接到用于发布的服务器。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not accept publishing (PUT): %2</source>
        <translation>%1 不接受发布（PUT）：%2</translation>
    </message>
    <message>
        <source>%1 does not check If-Match: if two people publish at the same moment, one can overwrite the other&apos;s changes. A server that checks it (Apache mod_dav) avoids this.</source>
        <translation>%1 不检查 If-Match：如果两个人同时发布，一方可能覆盖另一方的更改。使用会检查该标头的服务器（Apache mod_dav）可避免此问题。</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts: the session keeps changing on the server</source>
        <translation>
            <numerusform>尝试 %n 次后放弃：服务器上的会议进程在不断变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stays locked by someone else</source>
        <translation>%1 一直被其他人锁定</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist on the server</source>
        <translation>服务器上不存在 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>publishing to %1 failed: %2</source>
        <translation>发布到 %1 失败：%2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>it is the session of meeting %1</source>
        <translation>它是会议 %1 的会议进程</translation>
    </message>
    <message>
        <source>the session on the server cannot be merged (%1); publish keeping this copy to replace it</source>
        <translation>服务器上的会议进程无法合并（%1）；请选择保留此副本进行发布以替换它</translation>
    </message>
    <message>
        <source>conflict with the session on the server: %1</source>
        <translation>与服务器上的会议进程冲突：%1</translation>
    </message>
</context>
<context>
    <name>Plenary::SettingsDialog</name>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keychain, never in Plenary&apos;s settings.</source>
        <translation>密码保存在桌面的密钥环中，绝不保存在 Plenary 的设置里。</translation>
    </message>
    <message>
        <source>Configure Plenary</source>
        <translation>配置 Plenary</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Se&amp;rvers</source>
        <translation>服务器(&amp;R)</translation>
    </message>
    <message>
        <source>The keychain did not keep the password; it is kept until Plenary quits: %1</source>
        <translation>密钥环未能保存密码；密码仅保留到 Plenary 退出为止：%1</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>密钥环无法忘记密码：%1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Plenary speaks the language chosen here from its next start.</source>
        <translation>Plenary 将从下次启动起使用此处选择的语言。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Where the meetings, their documents and your notes are kept; empty for the standard place. A new folder is used from the next start; what is stored in the current one stays there.</source>
        <translation>会议、会议文件和您的笔记的保存位置；留空则使用标准位置。新文件夹从下次启动起使用；当前文件夹中已存储的内容仍保留在原处。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Sync the open meeting &amp;every:</source>
        <translation>同步已打开会议的间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parallel transfers:</source>
        <translation>并行传输数(&amp;P)：</translation>
    </message>
    <message>
        <source>More transfers can be faster on a fast line; a meeting server shared by many delegates prefers few.</source>
        <translation>网络较快时，增加传输数可以加快速度；由众多代表共用的会议服务器则更适合较少的传输数。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Check the chairman&apos;s &amp;session every:</source>
        <translation>检查主席会议进程的间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>These take effect at once.</source>
        <translation>这些设置立即生效。</translation>
    </message>
    <message>
        <source>Servers whose passwords Plenary keeps in the desktop&apos;s keychain. A server that asks for a password during a sync is added here when you let Plenary remember it.</source>
        <translation>以下服务器的密码由 Plenary 保存在桌面密钥环中。同步期间要求输入密码的服务器，在您允许 Plenary 记住密码后会添加到这里。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Change Password...</source>
        <translation>更改密码(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Forget Server</source>
        <translation>忘记服务器</translation>
    </message>
    <message>
        <source>Forget the password kept for %1? Plenary asks for it again when the server wants it.</source>
        <translation>要忘记为 %1 保存的密码吗？服务器需要时，Plenary 会再次询问。</translation>
    </message>
</context>
<context>
    <name>Plenary::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>本地数据库未打开</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>%1 is not a Plenary database (%2)</source>
        <translation>%1 不是 Plenary 数据库（%2）</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <source>upgrading the database to schema version %1 failed: %2</source>
        <translation>将数据库升级到架构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>setting the current meeting</source>
        <translation>设置当前会议</translation>
    </message>
    <message>
        <source>the meeting has no id</source>
        <translation>会议没有 ID</translation>
    </message>
    <message>
        <source>storing the meeting</source>
        <translation>存储会议</translation>
    </message>
    <message>
        <source>replacing the agenda</source>
        <translation>替换议程</translation>
    </message>
    <message>
        <source>storing agenda item %1</source>
        <translation>存储议项 %1</translation>
    </message>
    <message>
        <source>storing working group %1</source>
        <translation>存储工作组 %1</translation>
    </message>
    <message>
        <source>storing document %1</source>
        <translation>存储文件 %1</translation>
    </message>
    <message>
        <source>replacing the files of %1</source>
        <translation>替换 %1 的文件</translation>
    </message>
    <message>
        <source>storing file %1 of %2</source>
        <translation>存储 %2 的文件 %1</translation>
    </message>
    <message>
        <source>no meeting &apos;%1&apos; in the store</source>
        <translation>本地数据库中没有会议 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>saving a note on %1</source>
        <translation>保存对 %1 的笔记</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>没有笔记 %1</translation>
    </message>
    <message>
        <source>reading the local files</source>
        <translation>读取本地文件</translation>
    </message>
    <message>
        <source>reading the position in %1</source>
        <translation>读取 %1 的阅读位置</translation>
    </message>
    <message>
        <source>keeping the position in %1</source>
        <translation>保存 %1 的阅读位置</translation>
    </message>
    <message>
        <source>removing note %1</source>
        <translation>删除笔记 %1</translation>
    </message>
    <message>
        <source>reading your positions</source>
        <translation>读取您的立场</translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation>读取您的笔记</translation>
    </message>
    <message>
        <source>keeping your position on %1</source>
        <translation>保存您对 %1 的立场</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>读取报告</translation>
    </message>
    <message>
        <source>reading report %1</source>
        <translation>读取报告 %1</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
    <message>
        <source>a working-group report needs its working group</source>
        <translation>工作组报告需要指定其工作组</translation>
    </message>
    <message>
        <source>no meeting %1</source>
        <translation>没有会议 %1</translation>
    </message>
    <message>
        <source>no working group %1</source>
        <translation>没有工作组 %1</translation>
    </message>
    <message>
        <source>saving report %1</source>
        <translation>保存报告 %1</translation>
    </message>
    <message>
        <source>removing report %1</source>
        <translation>删除报告 %1</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>读取搜索索引</translation>
    </message>
    <message>
        <source>reading the index of %1</source>
        <translation>读取 %1 的索引</translation>
    </message>
    <message>
        <source>starting the index of %1</source>
        <translation>开始为 %1 建立索引</translation>
    </message>
    <message>
        <source>removing %1 from the index</source>
        <translation>从索引中删除 %1</translation>
    </message>
    <message>
        <source>indexing %1</source>
        <translation>为 %1 建立索引</translation>
    </message>
    <message>
        <source>searching for %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>counting a session change</source>
        <translation>记录会议进程的更改次数</translation>
    </message>
    <message>
        <source>no document %1 in meeting %2</source>
        <translation>会议 %2 中没有文件 %1</translation>
    </message>
    <message>
        <source>no agenda item %1</source>
        <translation>没有议项 %1</translation>
    </message>
    <message>
        <source>allocating %1</source>
        <translation>分配 %1</translation>
    </message>
    <message>
        <source>setting the current agenda item</source>
        <translation>设置当前议项</translation>
    </message>
    <message>
        <source>a revision names one document and its new number</source>
        <translation>修订须指明一个文件及其新编号</translation>
    </message>
    <message>
        <source>no document %1 to merge into</source>
        <translation>没有可并入的文件 %1</translation>
    </message>
    <message>
        <source>no outcome %1</source>
        <translation>没有结果 %1</translation>
    </message>
    <message>
        <source>taking back an outcome</source>
        <translation>取消结果</translation>
    </message>
    <message>
        <source>undoing revision %1 -&gt; %2</source>
        <translation>撤销修订 %1 -&gt; %2 失败</translation>
    </message>
    <message>
        <source>a liaison statement needs an id and a title</source>
        <translation>联络声明需要 ID 和标题</translation>
    </message>
    <message>
        <source>removing liaison statement %1</source>
        <translation>删除联络声明 %1</translation>
    </message>
    <message>
        <source>no liaison statement %1</source>
        <translation>没有联络声明 %1</translation>
    </message>
    <message>
        <source>the session names %1, which this meeting does not have</source>
        <translation>会议进程引用了 %1，但本会议中没有该项</translation>
    </message>
    <message>
        <source>agenda item %1</source>
        <translation>议项 %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>working group %1</source>
        <translation>工作组 %1</translation>
    </message>
    <message>
        <source>removing document %1</source>
        <translation>删除文件 %1</translation>
    </message>
    <message>
        <source>clearing revision links</source>
        <translation>清除修订关联</translation>
    </message>
    <message>
        <source>replacing the session</source>
        <translation>替换会议进程</translation>
    </message>
    <message>
        <source>setting the current item</source>
        <translation>设置当前议项</translation>
    </message>
    <message>
        <source>reading the session link</source>
        <translation>读取会议进程链接</translation>
    </message>
    <message>
        <source>saving the session link</source>
        <translation>保存会议进程链接</translation>
    </message>
    <message>
        <source>removing the session link</source>
        <translation>删除会议进程链接</translation>
    </message>
    <message>
        <source>recording where %1 comes from</source>
        <translation>记录 %1 的来源</translation>
    </message>
    <message>
        <source>caching %1</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this version of Plenary understands (%2); use a newer Plenary</source>
        <translation>数据库的架构版本为 %1，高于此版本 Plenary 所能识别的版本（%2）；请使用更新的 Plenary</translation>
    </message>
    <message>
        <source>linking revision %1 -&gt; %2: %3</source>
        <translation>关联修订 %1 -&gt; %2：%3</translation>
    </message>
    <message>
        <source>recording an outcome: %1</source>
        <translation>记录结果：%1</translation>
    </message>
    <message>
        <source>storing liaison statement %1: %2</source>
        <translation>存储联络声明 %1：%2</translation>
    </message>
    <message>
        <source>There is no current meeting to submit to.</source>
        <translation>没有可提交的当前会议。</translation>
    </message>
    <message>
        <source>recording the submission of %1</source>
        <translation>正在记录 %1 的提交</translation>
    </message>
    <message>
        <source>reading the submissions</source>
        <translation>正在读取提交记录</translation>
    </message>
    <message>
        <source>Another submission is still under way.</source>
        <translation>另一次提交仍在进行中。</translation>
    </message>
    <message>
        <source>cannot open the database %1: the disk is full (%2)</source>
        <translation>无法打开数据库 %1：磁盘已满（%2）</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Plenary::SubmitDialog</name>
    <message>
        <source>Submit Contribution</source>
        <translation>提交文稿</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>as given by the secretariat</source>
        <translation>由秘书处分配</translation>
    </message>
    <message>
        <source>e.g. 42 or %1</source>
        <translation>例如 42 或 %1</translation>
    </message>
    <message>
        <source>&amp;Request a Number...</source>
        <translation>申请编号(&amp;R)...</translation>
    </message>
    <message>
        <source>The meeting names no secretariat address.</source>
        <translation>会议未指定秘书处地址。</translation>
    </message>
    <message>
        <source>Writes an e-mail to %1 asking for a number for these files.</source>
        <translation>给 %1 写一封电子邮件，为这些文件申请编号。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Uploaded as:</source>
        <translation>上传为：</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>投稿文件夹</translation>
    </message>
    <message>
        <source>&amp;Drop folder:</source>
        <translation>投稿文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>The meeting gives no deadline.</source>
        <translation>会议未给出截止日期。</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): passed %2 ago. The secretariat may not accept the contribution for this meeting.</source>
        <translation>%1（当日结束，UTC）：已过去 %2。秘书处可能不会接受该文稿用于本次会议。</translation>
    </message>
    <message>
        <source>%1 (end of the day, UTC): %2 left.</source>
        <translation>%1（当日结束，UTC）：还剩 %2。</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Files of the Contribution</source>
        <translation>文稿的文件</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf).</source>
        <translation>%1 没有文件扩展名（如 .docx 或 .pdf）。</translation>
    </message>
    <message>
        <source>Two files would both be named %1.</source>
        <translation>有两个文件都将被命名为 %1。</translation>
    </message>
    <message>
        <source>Add the files of the contribution.</source>
        <translation>添加文稿的文件。</translation>
    </message>
    <message>
        <source>Give the number the secretariat sent.</source>
        <translation>请填写秘书处发来的编号。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopped; what was uploaded stays there.</source>
        <translation>已停止；已上传的内容保留在服务器上。</translation>
    </message>
    <message>
        <source>Submitted and checked on the server: %1.</source>
        <translation>已提交并在服务器上核对：%1。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The files of one contribution to %1 go to the meeting&apos;s drop folder, named with the number the secretariat gave. A name already taken stops the submission before anything is sent.</source>
        <translation>%1 的一份文稿的文件将放入会议的投稿文件夹，并以秘书处给出的编号命名。如果名称已被占用，提交会在发送任何内容之前停止。</translation>
    </message>
</context>
<context>
    <name>Plenary::Submitter</name>
    <message>
        <source>&quot;%1&quot; is not a document number.</source>
        <translation>“%1”不是文件编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number: give the number the secretariat sent, e.g. 42 or %2.</source>
        <translation>“%1”不是文件编号：请填写秘书处发来的编号，例如 42 或 %2。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting names no drop folder for contributions; give its address.</source>
        <translation>会议未指定文稿的投稿文件夹；请填写其地址。</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 不是 http://、https://、ftp:// 或 ftps:// 地址</translation>
    </message>
    <message>
        <source>No file to submit.</source>
        <translation>没有要提交的文件。</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 has no file name extension (such as .docx or .pdf): the secretariat needs one.</source>
        <translation>%1 没有文件扩展名（如 .docx 或 .pdf）：秘书处需要扩展名。</translation>
    </message>
    <message>
        <source>Two files would both be named %1: submit one file per type, or ask the secretariat for another number.</source>
        <translation>有两个文件都将被命名为 %1：每种类型只提交一个文件，或向秘书处申请另一个编号。</translation>
    </message>
    <message>
        <source>Document number request: %1</source>
        <translation>文件编号申请：%1</translation>
    </message>
    <message>
        <source>Dear secretariat,

Please allocate a document number for this contribution to %1:

%2

Title:
Source:
Contact:

Thank you.</source>
        <translation>尊敬的秘书处：

请为这份提交给 %1 的文稿分配文件编号：

%2

标题：
来源：
联系人：

谢谢。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Checking that %1 is free</source>
        <translation>正在检查 %1 是否可用</translation>
    </message>
    <message>
        <source>%1 is already in the drop folder; nothing was uploaded and nothing replaced. Ask the secretariat whether the number is right.</source>
        <translation>%1 已在投稿文件夹中；未上传任何内容，也未替换任何内容。请向秘书处确认编号是否正确。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 未上传：%2</translation>
    </message>
    <message>
        <source>%1 appeared in the drop folder meanwhile; it was not replaced.</source>
        <translation>%1 在此期间出现在投稿文件夹中；未将其替换。</translation>
    </message>
    <message>
        <source>Checking %1 on the server</source>
        <translation>正在服务器上检查 %1</translation>
    </message>
    <message>
        <source>%1 is on the server with %2 bytes instead of %3: ask the secretariat to remove it, then submit again.</source>
        <translation>服务器上的 %1 为 %2 字节而非 %3 字节：请让秘书处将其删除，然后重新提交。</translation>
    </message>
    <message>
        <source>%1 is not in the drop folder&apos;s listing after the upload.</source>
        <translation>上传后，%1 不在投稿文件夹的列表中。</translation>
    </message>
    <message>
        <source>%1 cannot be found on the server after the upload: %2</source>
        <translation>上传后在服务器上找不到 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server answered that %1 replaced a file of that name (HTTP %2): it does not refuse to overwrite, so nothing more was sent. Tell the secretariat.</source>
        <translation>服务器回复 %1 替换了同名文件（HTTP %2）：它不拒绝覆盖，因此未再发送任何内容。请告知秘书处。</translation>
    </message>
    <message>
        <source>Already in the drop folder, and recorded: %1.</source>
        <translation>已在投稿文件夹中并已记录：%1。</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncEngine</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 401: the server asks for a user name and password that Plenary does not have, or that it refused</source>
        <translation>HTTP 401：服务器要求提供 Plenary 没有的用户名和密码，或拒绝了所提供的用户名和密码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>%1 不是 http://、https://、ftp:// 或 ftps:// 地址</translation>
    </message>
    <message>
        <source>the folder&apos;s page is larger than %1; given up</source>
        <translation>文件夹页面大于 %1；已放弃</translation>
    </message>
    <message>
        <source>what this sync did could not be saved: %1; the files are downloaded again next time</source>
        <translation>无法保存本次同步的结果：%1；下次将重新下载这些文件</translation>
    </message>
</context>
<context>
    <name>Plenary::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync; what has been downloaded is kept and resumed next time</source>
        <translation>停止同步；已下载的内容将保留，下次继续</translation>
    </message>
    <message>
        <source>Reading the meeting folder...</source>
        <translation>正在读取会议文件夹...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1/%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenary::TextExtractor</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>不是可读取的 PDF</translation>
    </message>
    <message>
        <source>office documents are indexed once converted to PDF</source>
        <translation>办公文档转换为 PDF 后才会编入索引</translation>
    </message>
    <message>
        <source>archives are indexed member by member once opened</source>
        <translation>归档打开后，其中的文件会逐个编入索引</translation>
    </message>
    <message>
        <source>not a format whose text can be read</source>
        <translation>不是可读取文本的格式</translation>
    </message>
</context>
<context>
    <name>Plenary::TextReader</name>
    <message>
        <source>Document text</source>
        <translation>文件文本</translation>
    </message>
</context>
<context>
    <name>Plenary::Transfer</name>
    <message>
        <source>the server sent a web page instead of the file (an error or login page?)</source>
        <translation>服务器发送的是网页而不是文件（错误页面或登录页面？）</translation>
    </message>
    <message>
        <source>the server sent an unexpected part of the file</source>
        <translation>服务器发送了文件中非预期的部分</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation>文件大小超过了 %1 的限制</translation>
    </message>
    <message>
        <source>the server announces %1 bytes, the manifest %2</source>
        <translation>服务器声明为 %1 字节，清单中为 %2 字节</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes announced</source>
        <translation>服务器发送的数据超过了声明的 %1 字节</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP 416 Range Not Satisfiable</source>
        <translation>HTTP 416 Range Not Satisfiable（请求的范围无法满足）</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>传输在 %1 字节（共 %2 字节）后结束</translation>
    </message>
    <message>
        <source>the server sent the file compressed (%1) although asked not to</source>
        <translation>服务器发送了压缩的文件（%1），尽管已要求不压缩</translation>
    </message>
    <message>
        <source>the transfer ended after %1 of %2 bytes (%3)</source>
        <translation>传输在 %2 字节中的 %1 字节后中断（%3）</translation>
    </message>
</context>
<context>
    <name>Plenary::TransferJob</name>
    <message>
        <source>cannot read the partial download: %1</source>
        <translation>无法读取部分下载的内容：%1</translation>
    </message>
    <message>
        <source>the checksum does not match the manifest (SHA-256 %1, expected %2)</source>
        <translation>校验和与清单不符（SHA-256 为 %1，应为 %2）</translation>
    </message>
    <message>
        <source>cannot keep the earlier version of %1</source>
        <translation>无法保留 %1 的早期版本</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>无法将下载的文件移入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: only %2 of %3 bytes are on the disk</source>
        <translation>无法写入 %1：磁盘上只有 %3 字节中的 %2 字节</translation>
    </message>
</context>
<context>
    <name>Plenary::WorkingGroupModel</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>负责人：%1</translation>
    </message>
</context>
<context>
    <name>Plenary::ZipArchive</name>
    <message>
        <source>its entry in the archive cannot be read</source>
        <translation>无法读取其在归档中的条目</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>它是一个链接</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>它受密码保护</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>其大小未知</translation>
    </message>
    <message>
        <source>it is too large (%1 MB)</source>
        <translation>它太大（%1 MB）</translation>
    </message>
    <message>
        <source>it would expand %1 times (a zip bomb)</source>
        <translation>它解压后会膨胀 %1 倍（ZIP 炸弹）</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>它没有名称</translation>
    </message>
    <message>
        <source>its name has a backslash</source>
        <translation>其名称包含反斜杠</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>其名称是绝对路径</translation>
    </message>
    <message>
        <source>its name has control or direction characters</source>
        <translation>其名称包含控制字符或方向字符</translation>
    </message>
    <message>
        <source>its name leaves the archive&apos;s folder</source>
        <translation>其名称指向归档文件夹之外</translation>
    </message>
    <message>
        <source>its name has an empty part</source>
        <translation>其名称包含空的路径部分</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>其名称过长</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s directory cannot be read.</source>
        <translation>%1：无法读取归档的目录。</translation>
    </message>
    <message>
        <source>%1 has %2 members, more than %3: it is not opened.</source>
        <translation>%1 包含 %2 个成员，超过 %3 个：不予打开。</translation>
    </message>
    <message>
        <source>%1 is not in the archive.</source>
        <translation>%1 不在归档中。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2</source>
        <translation>无法解压 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds more than the archive says: it is not extracted.</source>
        <translation>%1 包含的内容多于归档所声明的：不予解压。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is shorter than the archive says.</source>
        <translation>%1 比归档所声明的短。</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication</name>
    <message>
        <source>%1 unchanged, %2 removed, %3 without text (archives, office without LibreOffice)</source>
        <translation>%1 个未更改，%2 个已删除，%3 个无文本（归档文件，或未安装 LibreOffice 时的办公文档）</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Contribution</source>
        <translation>文稿</translation>
    </message>
    <message>
        <source>TD</source>
        <translation>TD</translation>
    </message>
    <message>
        <source>LS/i</source>
        <translation>LS/i</translation>
    </message>
    <message>
        <source>LS/o</source>
        <translation>LS/o</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Approved by consensus</source>
        <translation>协商一致通过</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>已认可</translation>
    </message>
    <message>
        <source>Technically endorsed</source>
        <translation>技术上已认可</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>已注意到</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>已重新发布</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>部分批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>关注</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plenary - paperless meetings for standards bodies.
With no meeting stored, it opens the bundled demo meeting (ITU-T FG Smart, Geneva, 14-16 June 2010).</source>
        <translation>Plenary - 面向标准化组织的无纸化会议。
未存储任何会议时，将打开内置的演示会议（ITU-T FG Smart，日内瓦，2010年6月14-16日）。</translation>
    </message>
    <message>
        <source>Keep the database, documents and settings in &lt;dir&gt;.</source>
        <translation>将数据库、文件和设置保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show Plenary in &lt;language&gt; (ar, en, es, fr, ru, zh_CN) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>使用 &lt;language&gt; 语言（ar, en, es, fr, ru, zh_CN）显示 Plenary，而不使用在设置中选择的语言或系统语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open and sync the meeting folder at &lt;url&gt; (as File &gt; Open Meeting from URL).</source>
        <translation>打开并同步位于 &lt;url&gt; 的会议文件夹（同“文件 &gt; 从 URL 打开会议”）。</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
</context>
<context>
    <name>plenary-cli</name>
    <message>
        <source>plenary-cli: cannot open %1: %2</source>
        <translation>plenary-cli: 无法打开 %1：%2</translation>
    </message>
    <message>
        <source>plenary-cli: cannot set up the demo meeting: %1</source>
        <translation>plenary-cli: 无法设置演示会议：%1</translation>
    </message>
    <message>
        <source>plenary-cli: %1</source>
        <translation>plenary-cli: %1</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组别：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Chairman:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message numerus="yes">
        <source>%n top-level item(s)</source>
        <translation>
            <numerusform>%n 个顶级议项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all</source>
        <translation>
            <numerusform>，共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups:</source>
        <translation>工作组：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文件：</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received after the deadline</source>
        <translation>
            <numerusform>，其中 %n 个在截止日期后收到</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>plenary-cli: %1: %2</source>
        <translation>plenary-cli: %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %2 (%n document(s))</source>
        <translation>
            <numerusform>已导入 %1：%2（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 上的密码： </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4, %5/s</source>
        <translation>%1/%2 个文件，%3/%4，%5/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n s left</source>
        <translation>
            <numerusform>，剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server (%n request(s))</source>
        <translation>
            <numerusform>%1：已下载 %2 个，已更新 %3 个，%4 个未更改，服务器上已撤回 %5 个（%n 次请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>plenary-cli: %1 (%2): %3</source>
        <translation>plenary-cli: %1（%2）：%3</translation>
    </message>
    <message>
        <source>plenary-cli: refused: %1</source>
        <translation>plenary-cli: 已拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>indexed %n file(s)</source>
        <translation>
            <numerusform>已索引 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>published revision %1 (%n request(s))</source>
        <translation>
            <numerusform>已发布版本 %1（%n 次请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database and documents in &lt;dir&gt;.</source>
        <translation>将数据库和文件保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Parallel transfers for sync (1-32, default 6).</source>
        <translation>同步时的并行传输数（1-32，默认为 6）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the result of sync as JSON.</source>
        <translation>以 JSON 格式输出 sync 的结果。</translation>
    </message>
    <message>
        <source>User name for a server that asks for one (sync); the password is read from PLENARY_PASSWORD or asked for.</source>
        <translation>服务器要求用户名时所用的用户名（sync）；密码从 PLENARY_PASSWORD 读取，否则提示输入。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Remember the password given with --user in the desktop keychain, for later syncs and for Plenary.</source>
        <translation>将随 --user 提供的密码保存在桌面密钥环中，供以后同步及 Plenary 使用。</translation>
    </message>
    <message>
        <source>Working group (allocate).</source>
        <translation>工作组（allocate）。</translation>
    </message>
    <message>
        <source>wg</source>
        <translation>wg</translation>
    </message>
    <message>
        <source>Agenda item (allocate).</source>
        <translation>议项（allocate）。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Document the outcome is about, or a liaison&apos;s attachment; repeatable.</source>
        <translation>结果所涉及的文件，或联络声明的附件；可重复指定。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Outcome status, e.g. approved, noted, revised.</source>
        <translation>结果状态，例如 approved、noted、revised。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Text of the outcome.</source>
        <translation>结果的文本。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Title of the liaison statement.</source>
        <translation>联络声明的标题。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>What a liaison statement asks for.</source>
        <translation>联络声明的用途。</translation>
    </message>
    <message>
        <source>action|comment|information</source>
        <translation>action|comment|information</translation>
    </message>
    <message>
        <source>export: pdf, odt or md.</source>
        <translation>export：pdf、odt 或 md。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export：要写入的文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>search: at most this many hits (default 50).</source>
        <translation>search：最多返回的命中数（默认为 50）。</translation>
    </message>
    <message>
        <source>follow: poll once.</source>
        <translation>follow：仅轮询一次。</translation>
    </message>
    <message>
        <source>publish: on a conflict, this copy&apos;s side wins.</source>
        <translation>publish：发生冲突时，以此副本为准。</translation>
    </message>
    <message>
        <source>publish: on a conflict, the server&apos;s side wins.</source>
        <translation>publish：发生冲突时，以服务器为准。</translation>
    </message>
    <message>
        <source>info | import | sync</source>
        <translation>info | import | sync</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>命令的参数。</translation>
    </message>
    <message>
        <source>[args...]</source>
        <translation>[args...]</translation>
    </message>
    <message>
        <source>plenary-cli: --jobs takes a number from 1 to 32</source>
        <translation>plenary-cli: --jobs 需要 1 到 32 之间的数字</translation>
    </message>
    <message>
        <source>plenary-cli: --limit takes a positive number</source>
        <translation>plenary-cli: --limit 需要一个正数</translation>
    </message>
    <message>
        <source>plenary-cli: no command given; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: 未指定命令；请尝试 &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: wrong arguments for &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: &apos;%1&apos; 的参数有误；请尝试 &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: unknown command &apos;%1&apos;; try &apos;plenary-cli --help&apos;</source>
        <translation>plenary-cli: 未知命令 &apos;%1&apos;；请尝试 &apos;plenary-cli --help&apos;</translation>
    </message>
    <message>
        <source>plenary-cli: the password is not remembered: %1; it is used for this run only</source>
        <translation>plenary-cli: 未记住密码：%1；密码仅用于本次运行</translation>
    </message>
    <message>
        <source>plenary-cli: &apos;%1&apos; is not an http://, https://, ftp:// or ftps:// address</source>
        <translation>plenary-cli: “%1”不是 http://、https://、ftp:// 或 ftps:// 地址</translation>
    </message>
    <message>
        <source>plenary-cli: cannot read %1: %2</source>
        <translation>plenary-cli: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>plenary-cli: left out: %1</source>
        <translation>plenary-cli: 已略去：%1</translation>
    </message>
    <message>
        <source>Plenary without a window.

Commands:
  info           print the current meeting (the demo meeting on first start)
  import FILE    import a meeting.json manifest and make it the current meeting
  sync URL       sync a meeting folder from a web or FTP server
  manifest DIR [--meeting FILE]
                 print the meeting.json of the documents in DIR (sizes,
                 SHA-256, numbers from the file names), with the meeting
                 described in FILE
  submit FILE... --number N [--to URL]
                 submit a contribution to the meeting&apos;s drop folder, named
                 the meeting&apos;s way (N: the number the secretariat gave)
  allocate DOCUMENT --wg WG [--item ITEM]
                 allocate a document to a working group and agenda item
  current ITEM   make ITEM the agenda item being treated
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 record an outcome (revised: --to is the new number, reserved
                 when not given)
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 draft an outgoing liaison statement under ITEM (default: the
                 current item); prints its id
  session        print allocations (DOCUMENT WG ITEM), outcomes, liaisons
  publish URL    publish the session to session.json on a WebDAV server
  follow URL [--once]
                 follow a published session (every 5 s until Ctrl+C)
  index          bring the full-text index of the current meeting up to date
  search WORDS... [--limit N]
                 search the text of every document: one line per hit,
                 document number first (&quot;a phrase&quot;, prefix*)
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 export the meeting report, a working group&apos;s report or an
                 outgoing liaison statement (the format follows FILE&apos;s
                 extension when not given)</source>
        <translation>Plenary 无窗口模式。

命令：
  info           打印当前会议（首次启动时为演示会议）
  import FILE    导入 meeting.json 清单并将其设为当前会议
  sync URL       从 Web 或 FTP 服务器同步会议文件夹
  manifest DIR [--meeting FILE]
                 打印 DIR 中文件的 meeting.json（大小、
                 SHA-256、从文件名得出的编号），会议
                 由 FILE 描述
  submit FILE... --number N [--to URL]
                 将文稿提交到会议的投稿文件夹，按会议
                 的方式命名（N：秘书处分配的编号）
  allocate DOCUMENT --wg WG [--item ITEM]
                 将文件分配给工作组和议项
  current ITEM   将 ITEM 设为正在处理的议项
  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]
                 记录结果（修订：--to 为新编号，未给出时
                 预留一个）
  liaison new --title TITLE --to BODY [--for action|comment|information]
              [--doc ATTACHMENT]... [--item ITEM]
                 在 ITEM（默认：当前议项）下起草发出的
                 联络声明；打印其 id
  session        打印分配（DOCUMENT WG ITEM）、结果、联络声明
  publish URL    将会期发布到 WebDAV 服务器上的 session.json
  follow URL [--once]
                 跟随已发布的会期（每 5 秒一次，直到按 Ctrl+C）
  index          将当前会议的全文索引更新到最新
  search WORDS... [--limit N]
                 搜索每个文件的文本：每个命中一行，
                 文件编号在前（&quot;短语&quot;，前缀*）
  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE
                 导出会议报告、工作组报告或发出的
                 联络声明（未给出格式时按 FILE 的
                 扩展名确定）</translation>
    </message>
    <message>
        <source>Addressee of a liaison statement (repeatable), the new number of a revision, or the drop folder to submit to.</source>
        <translation>联络声明的收件方（可重复）、修订的新编号，或要提交到的投稿文件夹。</translation>
    </message>
    <message>
        <source>submit: the contribution&apos;s number (e.g. 42).</source>
        <translation>submit：文稿的编号（例如 42）。</translation>
    </message>
    <message>
        <source>manifest: the meeting.json that describes the meeting.</source>
        <translation>manifest：描述会议的 meeting.json。</translation>
    </message>
    <message>
        <source>plenary-cli: submit needs --number, the number the secretariat gave</source>
        <translation>plenary-cli: submit 需要 --number，即秘书处分配的编号</translation>
    </message>
</context>
</TS>
