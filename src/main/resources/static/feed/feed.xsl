<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an Atom or RSS feed of Gongkai as a readable page when a person opens it in a browser; feed readers ignore
     it. The feed's own texts are copied as text (never as markup), so a title holding <script> is shown, not run. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom"
                exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>

  <xsl:variable name="title" select="normalize-space(/atom:feed/atom:title | /rss/channel/title)"/>
  <xsl:variable name="self" select="/atom:feed/atom:link[@rel='self']/@href | /rss/channel/atom:link[@rel='self']/@href"/>
  <xsl:variable name="page" select="/atom:feed/atom:link[@rel='alternate']/@href | /rss/channel/link"/>

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> · 订阅源 Feed</title>
        <link rel="stylesheet" href="/css/site.css"/>
      </head>
      <body>
        <main id="main" class="container">
          <h1><xsl:value-of select="$title"/></h1>
          <div class="banner" role="note">
            <p>这是一个订阅源（RSS/Atom）。把本页地址复制到阅读器或订阅工具中，即可在有新文件发布时收到更新。
               This is a feed: copy this address into a feed reader to follow new publications.</p>
            <p><code><xsl:value-of select="$self"/></code></p>
            <p><a href="{$page}">返回网站栏目 Back to the site</a></p>
          </div>
          <h2>最新发布 Latest</h2>
          <ol class="feed-items">
            <xsl:apply-templates select="/atom:feed/atom:entry | /rss/channel/item"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
      <xsl:text> </xsl:text>
      <time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time>
      <xsl:if test="atom:summary"><p><xsl:value-of select="atom:summary"/></p></xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <a href="{link}"><xsl:value-of select="title"/></a>
      <xsl:text> </xsl:text>
      <span><xsl:value-of select="pubDate"/></span>
      <xsl:if test="description"><p><xsl:value-of select="description"/></p></xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
