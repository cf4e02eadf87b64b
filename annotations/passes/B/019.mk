首页 | 新闻中心 | 扶贫协作 | 政务公开
当前位置:首页 > 新闻中心 > 扶贫协作

⟦GPE|粤黔⟧协作结硕果 ⟦GPE#h1|广州|PAIRED=h2,h3⟧倾力帮扶⟦GPE#h2|毕节⟧⟦GPE#h3|黔南⟧
来源:⟦ORG|黔南州扶贫办⟧ 　发布时间:2020-10-15 　阅读:２３５６

⟦GPE#p1|广州市|PAIRED=p2,p3⟧对口帮扶⟦GPE#p2|贵州省毕节市⟧和⟦GPE#p3|黔南布依族苗族自治州⟧以来,,三地把⟦PROGRAMME|东西部扶贫协作⟧作为打赢脱贫攻坚战的重要抓手。

今年以来,,⟦GPE#p4|广州⟧安排⟦PROGRAMME|东西部扶贫协作⟧财政资金⟦MONEY#m1|１０．２亿元|FROM=p4|TO=p5,p6⟧,,其中投向⟦GPE#p5|毕节⟧⟦MONEY#m2|６．１亿元|FROM=p4|TO=p5⟧、⟦GPE#p6|黔南⟧⟦MONEY#m3|４．１亿元|FROM=p4|TO=p6⟧。另动员社会力量捐款捐物*.**亿元,,并通过“⟦PROGRAMME|广东扶贫济困日⟧”活动筹集资金万元。⟦ORG#o1|广州市慈善会⟧向⟦GPE#p7|惠水县⟧捐赠防疫物资折合⟦MONEY#m4|57.万元|FROM=o1|TO=p7⟧。

⟦ORG#o2|广州穗丰农业发展有限公司⟧在⟦GPE#p8|毕节市威宁彝族回族苗族自治县⟧投资⟦MONEY#m5|１.８亿元|FROM=o2|TO=p8⟧建设蔬菜保供基地,,带动⟦PERSON-COUNT|２６００余户贫困户⟧增收。

⟦GPE#p9|广州⟧今年选派⟦PERSON-COUNT#c1|５８名党政干部|FROM=p9|TO=p10⟧和⟦PERSON-COUNT#c2|１９００余名专业技术人才|FROM=p9|TO=p10⟧入⟦GPE#p10|黔⟧帮扶,,⟦ORG#o3|广州南粤技工学校⟧招收⟦GPE#p11|黔南⟧⟦PERSON-COUNT#c3|４２０名学生|FROM=p11|TO=o3⟧。

⟦GPE#p12|毕节⟧、⟦GPE#p13|黔南⟧两地今年共有⟦PERSON-COUNT#c4|３.２万名农村劳动力|FROM=p12,p13|TO=p14⟧赴⟦GPE#p14|粤⟧就业,,其中建档立卡贫困劳动力⟦PERSON-COUNT#c5|１．５万人|FROM=p12,p13|TO=p14⟧。

⟦GPE#p12x|毕节⟧、⟦GPE#p13x|黔南⟧两地今年共有⟦PERSON-COUNT#c4x|３.２万名农村劳动力|FROM=p12x,p13x|TO=p14x⟧赴⟦GPE#p14x|粤⟧就业,,其中建档立卡贫困劳动力⟦PERSON-COUNT#c5x|１．５万人|FROM=p12x,p13x|TO=p14x⟧。

【打印】【关闭】 分享:
版权所有 © ⟦ORG|黔南布依族苗族自治州人民政府⟧ 　黔ICP备12003456号
技术支持:⟦ORG|贵州云联网络科技有限公司⟧
