2020年东部省市⟦PROGRAMME|东西部扶贫协作⟧投入情况（摘编）
发布时间：2021-01-15　来源：⟦ORG|国务院扶贫办综合司⟧　【打印】【关闭】

2020年是脱贫攻坚收官之年，东部9个省市和13个城市全面完成了⟦PROGRAMME|东西部扶贫协作⟧年度任务。根据各地报送的数据，部分省市全年投入情况摘编如下：

⟦GPE#a1|北京市⟧：财政援助资金⟦MONEY|62.8亿元|FROM=a1⟧，选派干部⟦PERSON-COUNT|285名|FROM=a1⟧，专业技术人才⟦PERSON-COUNT|3120人次|FROM=a1⟧；
⟦GPE#a2|天津市⟧：财政援助资金⟦MONEY|50.3亿元|FROM=a2⟧，选派干部⟦PERSON-COUNT|176名|FROM=a2⟧，专业技术人才⟦PERSON-COUNT|1986人次|FROM=a2⟧；
⟦GPE#a3|上海市⟧：财政援助资金⟦MONEY|67.9亿元|FROM=a3⟧，其中用于⟦GPE#a4|云南⟧⟦MONEY|51.3亿元|FROM=a3|TO=a4⟧、⟦GPE#a5|遵义市⟧⟦MONEY|9.2亿元|FROM=a3|TO=a5⟧，选派干部⟦PERSON-COUNT|252名|FROM=a3⟧；
⟦GPE#a6|江苏省⟧：财政援助资金⟦MONEY|44.6亿元|FROM=a6⟧，援建项目1350个，选派干部⟦PERSON-COUNT|158名|FROM=a6⟧；
⟦GPE#a7|浙江省⟧：财政援助资金⟦MONEY|41.2亿元|FROM=a7⟧，社会帮扶资金⟦MONEY|5.3亿元|FROM=a7⟧，选派干部⟦PERSON-COUNT|203名|FROM=a7⟧；
⟦GPE#a8|广东省⟧：财政援助资金⟦MONEY|93.5亿元|FROM=a8⟧，选派干部⟦PERSON-COUNT|482名|FROM=a8⟧，其中赴⟦GPE#a9|广西⟧⟦PERSON-COUNT|211名|FROM=a8|TO=a9⟧、赴⟦GPE#a10|贵州⟧⟦PERSON-COUNT|186名|FROM=a8|TO=a10⟧。

从受援一方看，⟦GPE#b1|广西⟧全年收到来自⟦GPE#b2|广东⟧的财政援助资金⟦MONEY|43.6亿元|FROM=b2|TO=b1⟧。⟦GPE#b3|贵州⟧则收到东部8个城市的财政援助资金近⟦MONEY|60亿元|TO=b3⟧。⟦GPE|沪滇⟧合作资金继续向深度贫困地区倾斜，⟦GPE#b4|云南省⟧全年向⟦GPE#b5|上海⟧、⟦GPE#b6|广东⟧转移输出贫困劳动力⟦PERSON-COUNT|4.1万人|FROM=b4|TO=b5,b6⟧。在⟦GPE|苏陕⟧协作中，⟦GPE#b8|江苏|PAIRED=b7⟧一方全年帮助⟦GPE#b7|陕西⟧贫困劳动力转移就业⟦PERSON-COUNT|2.6万人|FROM=b7⟧。东部省市全年共采购、帮助销售中西部地区农产品⟦MONEY|483亿元⟧。

⟦ORG|国务院扶贫办⟧有关负责人表示，⟦PROGRAMME|东西部扶贫协作⟧转入新阶段后，各地帮扶力度总体保持稳定。

责任编辑：陈晓
