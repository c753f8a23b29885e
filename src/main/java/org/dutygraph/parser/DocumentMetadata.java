package org.dutygraph.parser;

import java.time.LocalDate;

/**
 * What the document says about itself; any field may be null where the text does not say it.
 *
 * @param title         the responsibility document's title (2021年钟楼区深入打好污染防治攻坚战各有关部门目标责任书)
 * @param notice        the covering notice's title, when the text is wrapped in one (区政府关于印发《…》的通知)
 * @param number        文件编号 (钟政发〔2021〕24号)
 * @param issuer        the issuing government as it signs (常州市钟楼区人民政府)
 * @param publisher     发布机构 of the web page (政府办)
 * @param createdDate   产生日期, or the signature date
 * @param publishedDate 发布日期
 * @param expiresDate   失效日期
 * @param region        full region (常州市钟楼区; 安徽省 for a province's own document)
 * @param province      the province part of the region (安徽省), when the issuer names one
 * @param city          the city part of the region (常州市)
 * @param district      the district/county part of the region (钟楼区)
 * @param year          the year the document is for
 */
public record DocumentMetadata(String title, String notice, String number, String issuer, String publisher,
                               LocalDate createdDate, LocalDate publishedDate, LocalDate expiresDate,
                               String region, String province, String city, String district, Integer year) {
}
