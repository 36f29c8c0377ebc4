#include "FindReplaceBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace Plenary {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_status->setTextFormat(Qt::PlainText);

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAll = new QPushButton(tr("Replace &All"), m_replaceRow);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAll);
    replaceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_status->clear(); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::showFind() {
    m_replaceRow->hide();
    show();
    // Start from the selection, as editors do.
    if (const QString selected = m_editor->textCursor().selectedText();
        !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace() {
    showFind();
    m_replaceRow->show();
}

bool FindReplaceBar::matches(const QString &selected) const {
    return !m_find->text().isEmpty() &&
           QString::compare(selected, m_find->text(),
                            m_caseSensitive->isChecked() ? Qt::CaseSensitive
                                                         : Qt::CaseInsensitive) == 0;
}

bool FindReplaceBar::findNext(bool backwards) {
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    QTextCursor found = doc->find(needle, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(doc);
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = doc->find(needle, start, flags);
        if (!found.isNull())
            m_status->setText(tr("Wrapped around"));
    } else {
        m_status->clear();
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_editor->setTextCursor(found);
    return true;
}

void FindReplaceBar::replaceOne() {
    QTextCursor cursor = m_editor->textCursor();
    if (matches(cursor.selectedText())) {
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    findNext(false);
}

int FindReplaceBar::replaceAll() {
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock(); // one undo step for all of them
    int count = 0;
    QTextCursor found = doc->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = doc->find(needle, found, flags);
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replacement(s)", nullptr, count));
    return count;
}

} // namespace Plenary
