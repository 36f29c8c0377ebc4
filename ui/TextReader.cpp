#include "TextReader.h"

#include "FindReplaceBar.h"
#include "TextHighlighter.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Plenary {

TextReader::TextReader(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_find(new FindReplaceBar(m_text, this))
    , m_highlighter(std::make_unique<TextHighlighter>(m_text->document())) {
    setObjectName(QStringLiteral("textReader"));
    m_text->setObjectName(QStringLiteral("textReaderText"));
    m_text->setAccessibleName(tr("Document text"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_find);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_find, &FindReplaceBar::showFind);
    addAction(find);
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, m_find, [this] { m_find->findNext(false); });
    addAction(next);
}

TextReader::~TextReader() = default;

void TextReader::open(const QString &text, const QString &fileName) {
    m_text->setPlainText(text); // plain text: markup in a file is shown, never run
    m_highlighter->setSyntaxForFile(fileName);
    m_highlighter->followPalette(palette());
}

bool TextReader::find(const QString &text) {
    m_find->showFind();
    m_find->findField()->setText(text);
    m_text->moveCursor(QTextCursor::Start);
    return m_find->findNext();
}

QString TextReader::syntaxName() const {
    return m_highlighter->syntaxName();
}

void TextReader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->followPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace Plenary
