首页 | 新闻中心 | 扶贫协作 | 政务公开
当前位置:首页 > 新闻中心 > 扶贫协作

⟦GPE|粤黔⟧协作结硕果 ⟦GPE#t1|广州|PAIRED=t2,t3⟧倾力帮扶⟦GPE#t2|毕节⟧⟦GPE#t3|黔南⟧
来源:⟦ORG|黔南州扶贫办⟧ 　发布时间:2020-10-15 　阅读:２３５６

⟦GPE#a1|广州市|PAIRED=a2,a3⟧对口帮扶⟦GPE#a2|贵州省毕节市⟧和⟦GPE#a3|黔南布依族苗族自治州⟧以来,,三地把⟦PROGRAMME|东西部扶贫协作⟧作为打赢脱贫攻坚战的重要抓手。

今年以来,,⟦GPE#b1|广州⟧安排⟦PROGRAMME|东西部扶贫协作⟧财政资金⟦MONEY#m1|１０．２亿元|FROM=b1|TO=b2,b3⟧,,其中投向⟦GPE#b2|毕节⟧⟦MONEY#m2|６．１亿元|FROM=b1|TO=b2⟧、⟦GPE#b3|黔南⟧⟦MONEY#m3|４．１亿元|FROM=b1|TO=b3⟧。另动员社会力量捐款捐物*.**亿元,,并通过“⟦PROGRAMME|广东扶贫济困日⟧”活动筹集资金万元。⟦ORG#o2|广州市慈善会⟧向⟦GPE#c2|惠水县⟧捐赠防疫物资折合⟦MONEY#m5|57.万元|FROM=o2|TO=c2⟧。

⟦ORG#o1|广州穗丰农业发展有限公司⟧在⟦GPE#c1|毕节市威宁彝族回族苗族自治县⟧投资⟦MONEY#m4|１.８亿元|FROM=o1|TO=c1⟧建设蔬菜保供基地,,带动⟦PERSON-COUNT|２６００余户贫困户⟧增收。

⟦GPE#d1|广州⟧今年选派⟦PERSON-COUNT#n1|５８名党政干部|FROM=d1|TO=d2⟧和⟦PERSON-COUNT#n2|１９００余名专业技术人才|FROM=d1|TO=d2⟧入⟦GPE#d2|黔⟧帮扶,,⟦ORG#f1|广州南粤技工学校⟧招收⟦GPE#f2|黔南⟧⟦PERSON-COUNT#n5|４２０名学生|FROM=f2|TO=f1⟧。

⟦GPE#e1|毕节⟧、⟦GPE#e2|黔南⟧两地今年共有⟦PERSON-COUNT#n3|３.２万名农村劳动力|FROM=e1,e2|TO=e3⟧赴⟦GPE#e3|粤⟧就业,,其中建档立卡贫困劳动力⟦PERSON-COUNT#n4|１．５万人|FROM=e1,e2|TO=e3⟧。

⟦GPE#e4|毕节⟧、⟦GPE#e5|黔南⟧两地今年共有⟦PERSON-COUNT#n6|３.２万名农村劳动力|FROM=e4,e5|TO=e6⟧赴⟦GPE#e6|粤⟧就业,,其中建档立卡贫困劳动力⟦PERSON-COUNT#n7|１．５万人|FROM=e4,e5|TO=e6⟧。

【打印】【关闭】 分享:
版权所有 © ⟦ORG|黔南布依族苗族自治州人民政府⟧ 　黔ICP备12003456号
技术支持:⟦ORG|贵州云联网络科技有限公司⟧
