// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/guidedialog.h"

#include "ui/common/typography.h"
#include "ui/help/guide.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cultivate {

namespace {
constexpr int BlockRole = Qt::UserRole + 1;
}

GuideDialog::GuideDialog(double attendanceThreshold, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guide-dialog"));
    setWindowTitle(tr("Cultivate Guide"));
    const int unit = em(this);
    resize(unit * 72, unit * 48);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("guide-search"));
    m_search->setPlaceholderText(tr("Find in the guide"));
    m_search->setAccessibleName(tr("Find in the guide"));
    m_search->setClearButtonEnabled(true);

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("guide-contents"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide-text"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(unit);
    m_browser->setMarkdown(Guide::markdown(attendanceThreshold));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({unit * 16, unit * 56});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    fillContents();
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showHeading(m_contents->item(row)->text());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
}

void GuideDialog::fillContents()
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        auto *item = new QListWidgetItem(block.text(), m_contents);
        item->setData(BlockRole, block.blockNumber());
        if (level > 2)
            item->setText(QStringLiteral("    ") + block.text());
        if (level == 1) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

QStringList GuideDialog::headings() const
{
    QStringList list;
    for (int i = 0; i < m_contents->count(); ++i)
        list << m_contents->item(i)->text().trimmed();
    return list;
}

bool GuideDialog::showHeading(const QString &heading)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text() != heading.trimmed())
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        // The heading at the top of the view, not merely somewhere in it.
        const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(int(rect.top()));
        return true;
    }
    return false;
}

void GuideDialog::find(bool backwards)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        // From the top (or the end) again.
        m_browser->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->find(text, flags);
    }
}

} // namespace cultivate
